package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.geokg.graph.format.FormatChecks;
import org.geokg.store.ExampleStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code geokg export} in every format, on the store of {@code examples/} (what Graphviz reads and draws is checked
 * in {@link GraphvizCommandsIT}).
 */
class ExportCommandTest {
    /** The meeting network of the example: the three leaders, and Russia, which Xi Jinping visited. */
    private static final Set<String> LEADERS = Set.of("Vladimir Putin", "Xi Jinping", "Mikhail Mishustin", "Russia");
    private static final Set<String> PAIRS = Set.of(FormatChecks.pair("Vladimir Putin", "Xi Jinping"),
            FormatChecks.pair("Mikhail Mishustin", "Xi Jinping"), FormatChecks.pair("Russia", "Xi Jinping"));

    @TempDir
    static Path dir;

    static String store;

    @BeforeAll
    static void createTheExampleStore() {
        store = ExampleStore.create(dir.resolve("store")).toString();
    }

    private static String export(String... options) throws IOException {
        Path out = Files.createTempFile(dir, "export", ".out");
        String[] args = new String[options.length + 5];
        args[0] = "export";
        System.arraycopy(options, 0, args, 1, options.length);
        args[options.length + 1] = "--out";
        args[options.length + 2] = out.toString();
        args[options.length + 3] = "--store";
        args[options.length + 4] = store;
        Cli result = Cli.run(args);
        assertEquals(0, result.exitCode(), result.err());
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    @Test
    void gexfOfTheExampleIsValidWithTheThreeLeadersAndTheirTwoEdges() throws Exception {
        String gexf = export("--format", "gexf");
        FormatChecks.validGexf13(gexf);
        assertEquals(new FormatChecks.Content(LEADERS, PAIRS), FormatChecks.gexfContent(gexf));
    }

    @Test
    void graphMlOfTheExampleIsValidWithTheThreeLeadersAndTheirTwoEdges() throws Exception {
        String graphml = export("--format", "graphml");
        FormatChecks.validGraphMl(graphml);
        assertEquals(new FormatChecks.Content(LEADERS, PAIRS), FormatChecks.graphMlContent(graphml));
    }

    @Test
    void jsonFormatsCarryTheMeetingsOfEachPair() throws IOException {
        assertEquals(new FormatChecks.Content(LEADERS, PAIRS),
                FormatChecks.cytoscapeElements(export("--format", "cytoscape")));
        String d3 = export("--format", "d3");
        assertEquals(new FormatChecks.Content(LEADERS, PAIRS), FormatChecks.d3NodeLink(d3));
        JsonObject putinXi = link(d3, "Q7747");
        assertEquals(2, putinXi.get("meetings").getAsInt());
        assertEquals("2023-03-20", putinXi.get("first").getAsString());
        assertEquals("2023-03-21", putinXi.get("last").getAsString());
        assertEquals("Moscow", putinXi.getAsJsonArray("places").get(0).getAsString());
        assertEquals("https://w3id.org/geokg/article/voa-putin-xi-2023-03-21",
                putinXi.getAsJsonArray("articles").get(0).getAsString());
        assertTrue(putinXi.get("evidence").getAsInt() >= 2, putinXi.toString());
    }

    /** The link with an end whose IRI ends with {@code end}. */
    private static JsonObject link(String d3, String end) {
        JsonArray links = JsonParser.parseString(d3).getAsJsonObject().getAsJsonArray("links");
        for (var link : links) {
            JsonObject object = link.getAsJsonObject();
            if (object.get("source").getAsString().endsWith(end) || object.get("target").getAsString().endsWith(end)) {
                return object;
            }
        }
        throw new AssertionError("no link of " + end + " in " + d3);
    }

    @Test
    void sinceUntilAndTypeFilterTheMeetings() throws IOException {
        String since = export("--format", "d3", "--since", "2023-03-21");
        assertEquals(1, link(since, "Q7747").get("meetings").getAsInt(), "only the second day of talks");
        String until = export("--format", "d3", "--until", "2023-03-20");
        assertEquals(new FormatChecks.Content(Set.of("Vladimir Putin", "Xi Jinping", "Russia"),
                Set.of(FormatChecks.pair("Vladimir Putin", "Xi Jinping"), FormatChecks.pair("Russia", "Xi Jinping"))),
                FormatChecks.d3NodeLink(until));
        String people = export("--format", "d3", "--type", "person");
        assertEquals(new FormatChecks.Content(Set.of("Vladimir Putin", "Xi Jinping", "Mikhail Mishustin"),
                Set.of(FormatChecks.pair("Vladimir Putin", "Xi Jinping"),
                        FormatChecks.pair("Mikhail Mishustin", "Xi Jinping"))), FormatChecks.d3NodeLink(people));
        String states = export("--format", "d3", "--type", "state,organization");
        assertEquals(new FormatChecks.Content(Set.of(), Set.of()), FormatChecks.d3NodeLink(states));
    }

    @Test
    void fullGraphHasEveryEntityAndIsValid() throws Exception {
        String gexf = export("--format", "gexf", "--graph", "full");
        FormatChecks.validGexf13(gexf);
        FormatChecks.Content content = FormatChecks.gexfContent(gexf);
        assertTrue(content.nodes().containsAll(Set.of("Vladimir Putin", "Moscow", "China", "Russia")),
                content.nodes().toString());
        assertTrue(content.edges().contains(FormatChecks.pair("Moscow", "Russia")), "locatedIn: " + content.edges());
        FormatChecks.validGraphMl(export("--format", "graphml", "--graph", "full"));
    }

    @Test
    void aConstructQueryIsExportedAsANetworkOrAsRdf() throws Exception {
        Path query = dir.resolve("hosts.rq");
        Files.writeString(query, "CONSTRUCT { ?h gkg:hosted ?g } WHERE { ?m gkg:host ?h ; gkg:participant ?g "
                + "FILTER(?g != ?h) }");
        String graphml = export("--format", "graphml", "--query", query.toString());
        FormatChecks.validGraphMl(graphml);
        assertTrue(FormatChecks.graphMlContent(graphml).edges().contains(
                FormatChecks.pair("Q7747", "Q15031")), graphml);
        String turtle = export("--format", "ttl", "--query", query.toString());
        assertTrue(turtle.contains("gkg:hosted"), turtle);
    }

    @Test
    void rdfFormatsStillWriteTheWholeGraph() throws IOException {
        String triples = Cli.run("stats", "--store", store).out().lines().filter(l -> l.startsWith("triples"))
                .findFirst().orElseThrow().replaceAll("\\D", "");
        assertEquals(Long.parseLong(triples), export("--format", "nt").lines().count());
    }

    @Test
    void withoutOutTheExportGoesToStandardOutput() throws IOException {
        Cli printed = Cli.run("export", "--format", "ttl", "--store", store);
        assertEquals(0, printed.exitCode(), printed.err());
        assertEquals(export("--format", "ttl"), printed.out());
        assertTrue(printed.out().contains("China\u2019s"), "UTF-8 text decoded");
    }

    @Test
    void badInputIsAOneLineUsageError() throws IOException {
        Path select = dir.resolve("select.rq");
        Files.writeString(select, "SELECT * { ?s ?p ?o }");
        Path broken = dir.resolve("broken.rq");
        Files.writeString(broken, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p }");
        String[][] cases = {
                {"--format", "gexf", "--since", "2023-02-30"},
                {"--format", "gexf", "--since", "2023-03-22", "--until", "2023-03-01"},
                {"--format", "gexf", "--query", dir.resolve("missing.rq").toString()},
                {"--format", "gexf", "--query", select.toString()},
                {"--format", "gexf", "--query", broken.toString()},
                {"--format", "ttl", "--since", "2023-03-01"},
                {"--format", "dot", "--graph", "full", "--type", "person"},
                {"--format", "gexf", "--query", select.toString(), "--graph", "full"},
                {"--links", dir.resolve("links.nt").toString(), "--since", "2023-03-01"},
        };
        String[] messages = {"--since: not a date (YYYY-MM-DD): 2023-02-30", "is after until",
                "missing.rq: cannot read the query", "a CONSTRUCT or DESCRIBE query is needed", "bad SPARQL",
                "apply to the graph formats", "apply to the meeting network", "--query replaces --graph",
                "--links writes only the links"};
        for (int i = 0; i < cases.length; i++) {
            String[] args = new String[cases[i].length + 3];
            args[0] = "export";
            System.arraycopy(cases[i], 0, args, 1, cases[i].length);
            args[args.length - 2] = "--store";
            args[args.length - 1] = store;
            Cli result = Cli.run(args);
            assertEquals(2, result.exitCode(), String.join(" ", cases[i]) + ": " + result.err());
            assertTrue(result.err().startsWith("geokg: ") && result.err().contains(messages[i]), result.err());
            assertEquals(1, result.err().lines().count(), result.err());
        }
    }

    @Test
    void renderSaysClearlyWhenGraphvizIsMissing() {
        Cli missing = Cli.run("render", "--out", dir.resolve("x.svg").toString(), "--dot", "/no/such/dot",
                "--store", store);
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().startsWith("geokg: Graphviz is not installed (no '/no/such/dot' program): install "
                + "it (Debian: apt-get install graphviz)"), missing.err());
        Cli badExtension = Cli.run("render", "--out", dir.resolve("x.jpg").toString(), "--store", store);
        assertEquals(2, badExtension.exitCode());
        assertTrue(badExtension.err().contains("must end in .svg, .png or .pdf"), badExtension.err());
    }
}
