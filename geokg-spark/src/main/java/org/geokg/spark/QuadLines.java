package org.geokg.spark;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;

/** Writes a named graph as N-Quads, one quad a line, the lines sorted so that the output is the same on every run. */
final class QuadLines {
    private QuadLines() {
    }

    /** The quads of the graph in graph {@code name}, without a final line break. */
    static String of(Node name, Graph graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.writeQuads(out, graph.find().mapWith(t -> Quad.create(name, t)));
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        Arrays.sort(lines);
        return String.join("\n", lines);
    }
}
