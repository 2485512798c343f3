package org.geokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.geokg.GeoKgException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TdbBulkLoadTest {
    private static final Node A = NodeFactory.createURI("https://example.org/article/a");
    private static final Node B = NodeFactory.createURI("https://example.org/article/b");

    private static Graph graph(String subject, String... objects) {
        return TdbStoreTest.graph(subject, objects);
    }

    @Test
    void aFinishedLoadIsAStoreWithEveryGraph(@TempDir Path dir) {
        Path store = dir.resolve("store");
        try (TdbBulkLoad load = TdbBulkLoad.start(store)) {
            assertNull(load.leftover());
            assertFalse(load.replaces());
            Map<Node, Graph> batch = new LinkedHashMap<>();
            batch.put(A, graph("x", "1", "2"));
            batch.put(B, graph("x", "2", "3"));
            load.replaceGraphs(batch);
            assertFalse(Files.exists(store), "no store before the load is finished");
            load.finish();
        }
        assertFalse(Files.exists(dir.resolve("store.loading")));
        try (TdbStore opened = TdbStore.open(store)) {
            assertEquals(4, opened.size());
            assertTrue(opened.hasGraph(A));
            assertEquals(3, opened.select(QueryFactory.create(
                    "SELECT DISTINCT ?o { <https://example.org/x> ?p ?o }")).rewindable().size());
        }
    }

    @Test
    void anAbandonedLoadLeavesNoStore(@TempDir Path dir) {
        Path store = dir.resolve("store");
        try (TdbBulkLoad load = TdbBulkLoad.start(store)) {
            load.replaceGraphs(Map.of(A, graph("x", "1")));
            assertThrows(IllegalArgumentException.class, () -> load.replaceGraphs(Map.of(A, graph("x", "1"))));
        }
        assertFalse(Files.exists(store));
        assertFalse(Files.exists(dir.resolve("store.loading")));
    }

    @Test
    void whatAKilledLoadLeftIsRemovedAndReported(@TempDir Path dir) throws Exception {
        Path left = Files.createDirectories(dir.resolve("store.loading/store"));
        Files.writeString(left.resolveSibling("quads.nq"), "<a> <b> <c> <d> .\n");
        try (TdbBulkLoad load = TdbBulkLoad.start(dir.resolve("store"))) {
            assertTrue(load.leftover().contains("store.loading: removed what a bulk load that did not finish"),
                    load.leftover());
            load.finish();
        }
        try (TdbStore opened = TdbStore.open(dir.resolve("store"))) {
            assertEquals(0, opened.size(), "nothing of the killed load is in the new store");
        }
    }

    @Test
    void onlyANewStoreCanBeBulkLoaded(@TempDir Path dir) throws Exception {
        Path store = Files.createDirectories(dir.resolve("store"));
        Files.writeString(store.resolve("data"), "x");
        GeoKgException e = assertThrows(GeoKgException.class, () -> TdbBulkLoad.start(store));
        assertTrue(e.getMessage().contains("a bulk load makes a new store; this directory is not empty"),
                e.getMessage());
        Files.delete(store.resolve("data"));
        try (TdbBulkLoad load = TdbBulkLoad.start(store)) {
            load.finish();
        }
        assertTrue(Files.isDirectory(store));
    }
}
