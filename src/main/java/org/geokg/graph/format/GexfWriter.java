package org.geokg.graph.format;

import java.io.IOException;
import java.io.Writer;
import org.geokg.graph.Network;
import org.geokg.graph.NetworkEdge;
import org.geokg.graph.NetworkNode;

/**
 * GEXF 1.3 (gexf.net), Gephi's format: nodes keep their IRI as id and their name as label, with type, Wikidata id
 * and number of meetings as attributes (Gephi's Appearance panel colours by {@code type} and sizes by
 * {@code meetings} in two clicks); edges are weighted by their number of meetings. No {@code viz:} elements: the
 * published GEXF schemas disagree on their namespace, and the file is to be valid.
 */
public final class GexfWriter implements NetworkWriter {
    private static final String NS = "http://gexf.net/1.3";

    @Override
    public void write(Network network, Writer out) throws IOException {
        XmlOut xml = new XmlOut(out);
        xml.start("gexf", "xmlns", NS, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
                "xsi:schemaLocation", NS + " http://gexf.net/1.3/gexf.xsd", "version", "1.3");
        xml.start("meta").text("creator", "GeoKG").text("description", network.name()).end();
        xml.start("graph", "mode", "static", "defaultedgetype", network.directed() ? "directed" : "undirected");
        xml.start("attributes", "class", "node");
        attribute(xml, "type", "string");
        attribute(xml, "wikidata", "string");
        attribute(xml, "meetings", "integer");
        xml.end();
        xml.start("attributes", "class", "edge");
        attribute(xml, "relation", "string");
        attribute(xml, "meetings", "integer");
        attribute(xml, "first", "string");
        attribute(xml, "last", "string");
        attribute(xml, "places", "string");
        attribute(xml, "evidence", "integer");
        attribute(xml, "articles", "string");
        xml.end();
        xml.start("nodes");
        for (NetworkNode node : network.nodes()) {
            xml.start("node", "id", node.id(), "label", oneLine(node.label()));
            xml.start("attvalues");
            value(xml, "type", node.type());
            value(xml, "wikidata", node.wikidata());
            value(xml, "meetings", String.valueOf(node.meetings()));
            xml.end();
            xml.end();
        }
        xml.end();
        xml.start("edges");
        int e = 0;
        for (NetworkEdge edge : network.edges()) {
            xml.start("edge", "id", "e" + e++, "source", edge.source(), "target", edge.target(),
                    "label", edge.relation(), "weight", edge.meetings() > 0 ? String.valueOf(edge.meetings()) : null);
            xml.start("attvalues");
            value(xml, "relation", edge.relation());
            value(xml, "meetings", String.valueOf(edge.meetings()));
            value(xml, "first", edge.first());
            value(xml, "last", edge.last());
            value(xml, "places", String.join("; ", edge.places()));
            value(xml, "evidence", String.valueOf(edge.evidence()));
            value(xml, "articles", String.join(" ", edge.articles()));
            xml.end();
            xml.end();
        }
        xml.end().end().end().finish();
    }

    /** XML readers turn line breaks in attribute values into spaces; this does it on purpose. */
    private static String oneLine(String value) {
        return value.replaceAll("[\\r\\n\\t]+", " ");
    }

    private static void attribute(XmlOut xml, String name, String type) throws IOException {
        xml.empty("attribute", "id", name, "title", name, "type", type);
    }

    private static void value(XmlOut xml, String name, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            xml.empty("attvalue", "for", name, "value", value);
        }
    }
}
