package org.geokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.geokg.GeoKgException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TdbStoreTest {
    private static final Node P = NodeFactory.createURI("https://example.org/p");

    /** A graph of one subject with a literal object per value. */
    static Graph graph(String subject, String... objects) {
        Graph graph = GraphFactory.createGraphMem();
        for (String object : objects) {
            graph.add(NodeFactory.createURI("https://example.org/" + subject), P,
                    NodeFactory.createLiteralString(object));
        }
        return graph;
    }

    @Test
    void replacingGraphsNeverDuplicatesAndQueriesSeeTheUnion(@TempDir Path dir) {
        Node a = NodeFactory.createURI("https://example.org/article/a");
        Node b = NodeFactory.createURI("https://example.org/article/b");
        try (TdbStore store = TdbStore.open(dir)) {
            Map<Node, Graph> batch = new LinkedHashMap<>();
            batch.put(a, graph("x", "1", "2"));
            batch.put(b, graph("x", "2", "3"));
            store.replaceGraphs(batch);
            store.replaceGraphs(batch);
            assertEquals(4, store.size());
            assertEquals(3, store.select(QueryFactory.create(
                    "SELECT DISTINCT ?o { <https://example.org/x> ?p ?o }")).rewindable().size());
            store.replaceGraphs(Map.of(a, graph("y", "9")));
            assertEquals(3, store.size());
            assertTrue(store.hasGraph(a));
        }
        try (TdbStore reopened = TdbStore.open(dir)) {
            assertEquals(3, reopened.size(), "committed data survives closing");
            assertTrue(reopened.removeGraph(b));
            assertFalse(reopened.removeGraph(b));
            assertEquals(1, reopened.size());
        }
    }

    @Test
    void aDirectoryThatIsNotAStoreGivesAClearError(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("not-a-directory");
        Files.writeString(file, "x");
        var e = assertThrows(GeoKgException.class,
                () -> TdbStore.open(file));
        assertTrue(e.getMessage().startsWith("cannot open the TDB2 store in " + file), e.getMessage());
    }
}
