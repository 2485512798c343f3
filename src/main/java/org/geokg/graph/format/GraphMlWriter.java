package org.geokg.graph.format;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.geokg.graph.Network;
import org.geokg.graph.NetworkEdge;
import org.geokg.graph.NetworkNode;

/**
 * GraphML 1.0 (graphml.graphdrawing.org), as read by yEd, Gephi, Cytoscape, NetworkX and igraph. Node ids are
 * {@code n0, n1, ...} (GraphML ids are XML name tokens) with the IRI in the {@code iri} attribute; edges are
 * {@code e0, e1, ...}.
 */
public final class GraphMlWriter implements NetworkWriter {
    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    @Override
    public void write(Network network, Writer out) throws IOException {
        XmlOut xml = new XmlOut(out);
        xml.start("graphml", "xmlns", NS, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
                "xsi:schemaLocation", NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        key(xml, "node", "iri", "string");
        key(xml, "node", "label", "string");
        key(xml, "node", "type", "string");
        key(xml, "node", "wikidata", "string");
        key(xml, "node", "meetings", "int");
        key(xml, "edge", "relation", "string");
        key(xml, "edge", "meetings", "int");
        key(xml, "edge", "first", "string");
        key(xml, "edge", "last", "string");
        key(xml, "edge", "places", "string");
        key(xml, "edge", "evidence", "int");
        key(xml, "edge", "articles", "string");
        xml.start("graph", "id", network.name(), "edgedefault", network.directed() ? "directed" : "undirected");
        Map<String, String> ids = new HashMap<>();
        for (NetworkNode node : network.nodes()) {
            String id = "n" + ids.size();
            ids.put(node.id(), id);
            xml.start("node", "id", id);
            data(xml, "node_iri", node.id());
            data(xml, "node_label", node.label());
            data(xml, "node_type", node.type());
            data(xml, "node_wikidata", node.wikidata());
            data(xml, "node_meetings", String.valueOf(node.meetings()));
            xml.end();
        }
        int e = 0;
        for (NetworkEdge edge : network.edges()) {
            xml.start("edge", "id", "e" + e++, "source", ids.get(edge.source()), "target", ids.get(edge.target()));
            data(xml, "edge_relation", edge.relation());
            data(xml, "edge_meetings", String.valueOf(edge.meetings()));
            data(xml, "edge_first", edge.first());
            data(xml, "edge_last", edge.last());
            data(xml, "edge_places", join(edge.places(), "; "));
            data(xml, "edge_evidence", String.valueOf(edge.evidence()));
            data(xml, "edge_articles", join(edge.articles(), " "));
            xml.end();
        }
        xml.end().end().finish();
    }

    private static void key(XmlOut xml, String kind, String name, String type) throws IOException {
        xml.empty("key", "id", kind + "_" + name, "for", kind, "attr.name", name, "attr.type", type);
    }

    private static void data(XmlOut xml, String key, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            xml.text("data", value, "key", key);
        }
    }

    private static String join(List<String> values, String separator) {
        return String.join(separator, values);
    }
}
