package org.geokg.graph.format;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.geokg.graph.Network;
import org.geokg.graph.NetworkEdge;
import org.geokg.graph.NetworkNode;

/**
 * Cytoscape.js elements JSON, which {@code cytoscape({elements: ...})} and Cytoscape desktop (File, Import,
 * Network from file, .cyjs) read: {@code {"data": {...}, "elements": {"nodes": [{"data": {"id", ...}}],
 * "edges": [{"data": {"id", "source", "target", ...}}]}}}.
 */
public final class CytoscapeWriter implements NetworkWriter {
    @Override
    public void write(Network network, Writer out) throws IOException {
        JsonWriter json = Json.writer(out);
        json.beginObject();
        json.name("data").beginObject().name("name").value(network.name())
                .name("directed").value(network.directed()).endObject();
        json.name("elements").beginObject();
        json.name("nodes").beginArray();
        for (NetworkNode node : network.nodes()) {
            json.beginObject().name("data");
            Json.node(json, node);
            json.endObject();
        }
        json.endArray();
        json.name("edges").beginArray();
        List<NetworkEdge> edges = network.edges();
        for (int i = 0; i < edges.size(); i++) {
            json.beginObject().name("data").beginObject().name("id").value("e" + i);
            Json.edgeFields(json, edges.get(i));
            json.endObject().endObject();
        }
        json.endArray();
        json.endObject().endObject();
        json.flush();
        out.write('\n');
        out.flush();
    }
}
