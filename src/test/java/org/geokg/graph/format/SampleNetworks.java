package org.geokg.graph.format;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.geokg.graph.Network;
import org.geokg.graph.NetworkEdge;
import org.geokg.graph.NetworkNode;

/** Small networks with awkward names that every writer must keep: the fixtures of the writer tests. */
final class SampleNetworks {
    /** A name with quotes, angle brackets, an ampersand, a backslash and a line break. */
    static final String AWKWARD = "Ann \"the <Boss>\" O'Neil & \\co\nline two";

    /** A meeting network: four agents (one met nobody), two pairs, one of them dated and placed. */
    static final Network MEETINGS = new Network("meetings", false, List.of(
            new NetworkNode("https://example.org/id/a", AWKWARD, "Person", "Q42", 2),
            new NetworkNode("https://example.org/id/b", "Bolivia", "State", null, 1),
            new NetworkNode("https://example.org/id/c", "Ünited Nätions", "Organization", null, 1),
            new NetworkNode("https://example.org/id/lonely", "Nobody", "", null, 0)), List.of(
            new NetworkEdge("https://example.org/id/a", "https://example.org/id/b", "met", 1, "2020-01-05",
                    "2020-01-05", List.of("La Paz"), 1, List.of("https://example.org/article/1")),
            new NetworkEdge("https://example.org/id/a", "https://example.org/id/c", "met", 1, null, null,
                    List.of(), 2, List.of("https://example.org/article/1", "https://example.org/article/2"))));

    /** A directed network of relations, two of them between the same pair in both directions. */
    static final Network DIRECTED = new Network("full", true, MEETINGS.nodes(), List.of(
            NetworkEdge.relation("https://example.org/id/a", "https://example.org/id/b", "gkg:met"),
            NetworkEdge.relation("https://example.org/id/b", "https://example.org/id/a", "gkg:met"),
            NetworkEdge.relation("https://example.org/id/a", "https://example.org/id/b", "gkg:host")));

    /** The node labels and the pairs of labels of {@link #MEETINGS}. */
    static final Set<String> LABELS = Set.of(AWKWARD, "Bolivia", "Ünited Nätions", "Nobody");
    static final Set<String> PAIRS = Set.of(FormatChecks.pair(AWKWARD, "Bolivia"),
            FormatChecks.pair(AWKWARD, "Ünited Nätions"));

    /** What the writer writes. */
    static String write(NetworkWriter writer, Network network) throws IOException {
        StringWriter out = new StringWriter();
        writer.write(network, out);
        return out.toString();
    }

    private SampleNetworks() {
    }
}
