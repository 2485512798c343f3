package org.geokg.graph.format;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.Writer;
import org.geokg.graph.Network;
import org.geokg.graph.NetworkEdge;
import org.geokg.graph.NetworkNode;

/**
 * D3 node-link JSON, as {@code d3.forceSimulation(nodes)} with {@code d3.forceLink(links).id(d => d.id)} and
 * NetworkX's {@code node_link_graph} read it: {@code {"directed", "multigraph", "graph", "nodes": [{"id", ...}],
 * "links": [{"source", "target", ...}]}}.
 */
public final class D3Writer implements NetworkWriter {
    @Override
    public void write(Network network, Writer out) throws IOException {
        JsonWriter json = Json.writer(out);
        json.beginObject();
        json.name("directed").value(network.directed());
        json.name("multigraph").value(network.directed());
        json.name("graph").beginObject().name("name").value(network.name()).endObject();
        json.name("nodes").beginArray();
        for (NetworkNode node : network.nodes()) {
            Json.node(json, node);
        }
        json.endArray();
        json.name("links").beginArray();
        for (NetworkEdge edge : network.edges()) {
            json.beginObject();
            Json.edgeFields(json, edge);
            json.endObject();
        }
        json.endArray();
        json.endObject();
        json.flush();
        out.write('\n');
        out.flush();
    }
}
