package org.geokg.graph.format;

import java.io.IOException;
import java.io.Writer;
import org.geokg.graph.Network;
import org.geokg.graph.NetworkEdge;
import org.geokg.graph.NetworkNode;

/**
 * Graphviz DOT: an undirected {@code graph} for the meeting network, a {@code digraph} otherwise. Nodes are named by
 * their IRI and labelled with their name, filled with their type's colour and sized by their number of meetings;
 * meeting edges are labelled with their number of meetings and dates. The other attributes (type, wikidata,
 * meetings, places, evidence, articles) are kept as extra attributes, which Graphviz ignores and keeps.
 */
public final class DotWriter implements NetworkWriter {
    @Override
    public void write(Network network, Writer out) throws IOException {
        String arrow = network.directed() ? " -> " : " -- ";
        out.write((network.directed() ? "digraph " : "graph ") + quote(network.name()) + " {\n");
        out.write("  graph [layout=neato, overlap=false, splines=true, sep=\"+16\", pad=0.3, "
                + "fontname=\"Helvetica\"];\n");
        out.write("  node [shape=ellipse, style=filled, fontcolor=white, fontname=\"Helvetica\", fontsize=11];\n");
        out.write("  edge [len=2.5, fontname=\"Helvetica\", fontsize=9, fontcolor=\"#444444\", "
                + "color=\"#888888\"];\n");
        for (NetworkNode node : network.nodes()) {
            StringBuilder line = new StringBuilder("  ").append(quote(node.id())).append(" [");
            attribute(line, "label", node.label());
            attribute(line, "fillcolor", Palette.color(node.type()));
            attribute(line, "width", String.format(java.util.Locale.ROOT, "%.2f", Palette.size(node.meetings()) / 12));
            attribute(line, "type", node.type());
            attribute(line, "wikidata", node.wikidata());
            attribute(line, "meetings", String.valueOf(node.meetings()));
            out.write(line.append("];\n").toString());
        }
        for (NetworkEdge edge : network.edges()) {
            StringBuilder line = new StringBuilder("  ").append(quote(edge.source())).append(arrow)
                    .append(quote(edge.target())).append(" [");
            attribute(line, "label", label(edge));
            attribute(line, "penwidth", String.valueOf(1 + Math.min(edge.meetings(), 5)));
            attribute(line, "relation", edge.relation());
            if (edge.meetings() > 0) {
                attribute(line, "meetings", String.valueOf(edge.meetings()));
                attribute(line, "first", edge.first());
                attribute(line, "last", edge.last());
                attribute(line, "places", String.join("; ", edge.places()));
                attribute(line, "evidence", String.valueOf(edge.evidence()));
                attribute(line, "articles", String.join(" ", edge.articles()));
            }
            out.write(line.append("];\n").toString());
        }
        out.write("}\n");
        out.flush();
    }

    private static String label(NetworkEdge edge) {
        if (edge.meetings() == 0) {
            return edge.relation();
        }
        String dates = edge.first() == null ? "" : edge.first().equals(edge.last()) ? "\n" + edge.first()
                : "\n" + edge.first() + " – " + edge.last();
        return edge.meetings() + (edge.meetings() == 1 ? " meeting" : " meetings") + dates;
    }

    private static void attribute(StringBuilder line, String name, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        if (line.charAt(line.length() - 1) != '[') {
            line.append(", ");
        }
        line.append(name).append('=').append(quote(value));
    }

    /** A DOT double-quoted string: quotes and backslashes escaped, line breaks as {@code \n}. */
    static String quote(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "").replace("\n", "\\n") + '"';
    }
}
