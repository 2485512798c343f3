package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.geokg.GeoKgException;
import org.geokg.rdf.Iris;
import org.geokg.serve.KgServer;
import org.geokg.serve.ServerSettings;
import org.geokg.store.ExampleStore;
import org.geokg.store.RemoteStore;
import org.geokg.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client against GeoKG's own server ({@code geokg serve}, here with a row cap of 100) over a store of 4,220
 * quads in 151 graphs: the export reads every quad past the cap, a query cut at the cap says so, parameters are not
 * spliced into the text sent, and {@code --timeout} stops a remote query (issue 17, points 8, 9 and 11).
 */
class ServedEndpointTest {
    private static final int CAP = 100;

    @TempDir
    static Path dir;

    private static TdbStore store;
    private static KgServer server;
    private static String url;

    @BeforeAll
    static void serveAStoreLargerThanTheCap() {
        store = TdbStore.open(ExampleStore.create(dir.resolve("store")));
        Map<Node, Graph> graphs = new HashMap<>();
        for (int a = 0; a < 150; a++) {
            Graph graph = GraphFactory.createDefaultGraph();
            for (int t = 0; t < 15; t++) {
                graph.add(NodeFactory.createURI("https://example.org/s" + a), NodeFactory.createURI(
                        "https://example.org/p" + t), NodeFactory.createLiteralString("value " + a + " " + t));
            }
            graphs.put(Iris.article("generated-" + a), graph);
        }
        store.replaceGraphs(graphs);
        server = KgServer.start(store.dataset(), new ServerSettings(0, true, false, Duration.ofSeconds(5), CAP));
        url = server.datasetUrl();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static List<String> sortedLines(String text) {
        return text.lines().sorted().toList();
    }

    @Test
    void theExportReadsEveryQuadPastTheRowCap() {
        ByteArrayOutputStream local = new ByteArrayOutputStream();
        store.export(Lang.NQUADS, local);
        List<String> expected = sortedLines(local.toString(StandardCharsets.UTF_8));
        assertTrue(expected.size() > 150 * 15 + 1000, "the example articles and 150 generated graphs, far past the cap");
        Cli remote = Cli.run("export", "--endpoint", url, "--format", "nq");
        assertEquals(0, remote.exitCode(), remote.err());
        assertEquals(expected, sortedLines(remote.out()));
        Cli trig = Cli.run("export", "--endpoint", url, "--format", "trig");
        assertEquals(0, trig.exitCode(), trig.err());
    }

    @Test
    void aQueryCutAtTheRowCapSaysSo() {
        Cli cut = Cli.run("query", "SELECT ?s ?p { ?s ?p ?o }", "--format", "csv", "--endpoint", url);
        assertEquals(0, cut.exitCode(), cut.err());
        assertEquals(CAP + 1, cut.out().lines().count());
        assertEquals("geokg: warning: the endpoint returned 100 rows, its row cap: the answer may be cut (add LIMIT "
                + "and OFFSET to read it in pages)", cut.err().strip());
        Cli whole = Cli.run("query", "SELECT ?s { ?s ?p ?o } LIMIT 5", "--format", "csv", "--endpoint", url);
        assertEquals(6, whole.out().lines().count(), whole.err());
        assertEquals("", whole.err());
    }

    /** What reads a SELECT answer inside GeoKG (the networks, link coverage, stats) fails rather than use a part. */
    @Test
    void aReaderOfSelectAnswersFailsOnACutOne() {
        RemoteStore remote = new RemoteStore(url);
        GeoKgException cut = assertThrows(GeoKgException.class,
                () -> remote.select(QueryFactory.create("SELECT * { ?s ?p ?o }")));
        assertEquals(url + ": the answer has 100 rows, the endpoint's row cap, so it may be cut; raise the cap "
                + "(geokg serve --limit ROWS) or read the store itself", cut.getMessage());
        String under = "SELECT * { ?s ?p ?o } LIMIT 99";
        assertEquals(99, ResultSetFormatter.consume(remote.select(QueryFactory.create(under))));
    }

    @Test
    void aValueIsNeverSplicedIntoTheTextSent() {
        String query = "SELECT ?a { ?a ?p ?o FILTER(?a = ?x) }";
        Cli spliced = Cli.run("query", query, "--param", "x=http://nothing> || true || ?a = <http://nothing",
                "--format", "csv", "--endpoint", url);
        assertEquals(2, spliced.exitCode(), spliced.out());
        assertEquals("", spliced.out());
        Cli literal = Cli.run("query", query, "--param", "x=x\" ) || true || ( ?a = \"x", "--format", "csv",
                "--endpoint", url);
        assertEquals(List.of("a"), literal.out().lines().toList(), literal.err());
        Cli iri = Cli.run("query", query, "--param", "x=https://example.org/s7", "--format", "csv",
                "--endpoint", url);
        assertEquals(16, iri.out().lines().count(), iri.err());
    }

    @Test
    void aRemoteQueryIsStoppedAtItsTimeout() {
        long start = System.nanoTime();
        Cli result = Cli.run("query", "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", "--timeout", "1",
                "--endpoint", url);
        assertEquals(1, result.exitCode(), result.out() + result.err());
        assertTrue(result.err().startsWith("geokg: the query was stopped after 1 s, its time limit"), result.err());
        assertTrue((System.nanoTime() - start) / 1e9 < 30);
    }
}
