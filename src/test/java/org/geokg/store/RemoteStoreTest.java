package org.geokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.geokg.GeoKgException;
import org.geokg.rdf.Iris;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The remote store against a real Fuseki server on localhost, with a union default graph as documented (ingesting
 * into it is in {@code cli/RemoteIngestIT}).
 */
class RemoteStoreTest {
    private static FusekiServer server;
    private static String url;

    @BeforeAll
    static void startFuseki() {
        server = FusekiServer.create().port(0).loopback(true).add("/ds", unionDataset()).build().start();
        url = "http://localhost:" + server.getPort() + "/ds";
    }

    private static DatasetGraph unionDataset() {
        DatasetGraph dataset = DatabaseMgr.createDatasetGraph();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dataset;
    }

    @AfterAll
    static void stopFuseki() {
        server.stop();
    }

    private static Graph graph(String... objects) {
        Graph graph = GraphFactory.createGraphMem();
        for (String object : objects) {
            graph.add(NodeFactory.createURI("https://example.org/s"), NodeFactory.createURI("https://example.org/p"),
                    NodeFactory.createLiteralString(object));
        }
        return graph;
    }

    @Test
    void replacingAGraphReplacesItsContent() {
        Node name = NodeFactory.createURI("https://example.org/article/1");
        try (KgStore store = new RemoteStore(url)) {
            store.replaceGraphs(Map.of(name, graph("a \"quoted\" value", "b\nwith a newline")));
            store.replaceGraphs(Map.of(name, graph("a \"quoted\" value", "b\nwith a newline")));
            assertEquals(2, store.size());
            assertTrue(store.ask(QueryFactory.create("ASK { ?s ?p \"b\\nwith a newline\" }")));
            store.replaceGraphs(Map.of(name, graph("c")));
            assertEquals(1, store.size());
            assertTrue(store.removeGraph(name));
            assertFalse(store.removeGraph(name));
            assertEquals(0, store.size());
        }
    }

    /** The remote store keeps the summary graph as the embedded store does, through re-ingests and removals. */
    @Test
    void theSummaryGraphIsKeptAsTheEmbeddedStoreKeepsIt() {
        RemoteStore remote = new RemoteStore(url);
        RandomArticles articles = new RandomArticles(18);
        try (TdbStore embedded = TdbStore.inMemory()) {
            for (var batch : List.of(articles.articles(100, 8), articles.articles(104, 8))) {
                remote.replaceGraphs(batch);
                embedded.replaceGraphs(batch);
            }
            remote.removeGraph(Iris.article("a101"));
            embedded.removeGraph(Iris.article("a101"));
            String summary = "SELECT ?s ?p ?o { GRAPH <" + Iris.SUMMARY_GRAPH.getURI() + "> { ?s ?p ?o } }";
            Set<String> expected = lines(embedded.select(QueryFactory.create(summary)));
            assertEquals(expected, lines(remote.select(QueryFactory.create(summary))));
            assertEquals(expected.size(), remote.rebuildSummary());
            assertEquals(expected, lines(remote.select(QueryFactory.create(summary))));
        }
    }

    private static Set<String> lines(ResultSet rows) {
        Set<String> lines = new TreeSet<>();
        rows.forEachRemaining(row -> lines.add(row.get("s") + " " + row.get("p") + " " + row.get("o")));
        return lines;
    }

    /** Issue 17: a write to an endpoint that is down said "Unexpected error making the query: GET ..." and no cause. */
    @Test
    void aFailedWriteSaysWhyInOneLine() throws Exception {
        Map<Node, Graph> graphs = Map.of(NodeFactory.createURI("https://example.org/g"), graph("a"));
        GeoKgException down = assertThrows(GeoKgException.class,
                () -> new RemoteStore("http://localhost:1/ds").replaceGraphs(graphs));
        assertEquals("SPARQL endpoint http://localhost:1/ds: connection refused", down.getMessage());
        GeoKgException unknown = assertThrows(GeoKgException.class,
                () -> new RemoteStore("http://no-such-host.invalid/ds").replaceGraphs(graphs));
        assertEquals("SPARQL endpoint http://no-such-host.invalid/ds: unknown host no-such-host.invalid",
                unknown.getMessage());

        HttpServer refusing = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        refusing.createContext("/", exchange -> {
            byte[] body = ("<html>\n<body>\n  Down   for maintenance\n</body></html>\n" + "x".repeat(500))
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(503, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        refusing.start();
        try {
            String at = "http://localhost:" + refusing.getAddress().getPort() + "/ds";
            GeoKgException e = assertThrows(GeoKgException.class,
                    () -> new RemoteStore(at).replaceGraphs(graphs));
            assertTrue(e.getMessage().startsWith("SPARQL endpoint " + at + ": HTTP 503"), e.getMessage());
            assertTrue(e.getMessage().contains(": <html> <body> Down for maintenance </body></html> xxx"),
                    e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            assertTrue(e.getMessage().length() < 300, e.getMessage());
        } finally {
            refusing.stop(0);
        }
    }
}
