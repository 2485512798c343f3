package org.geokg.store;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The store that {@code geokg ingest examples} builds, made without the models for the tests of what reads a store:
 * the example article's graph loaded from its golden N-Quads ({@code GoldenExtractionTest} keeps them equal to what
 * extraction writes).
 */
public final class ExampleStore {
    private static final Path QUADS = Path.of("src/test/resources/golden/voa-putin-xi-2023-03-21.nq");

    private ExampleStore() {
    }

    /** Writes the example's graph into the TDB2 store in this directory and returns the directory. */
    public static Path create(Path directory) {
        try (TdbStore store = TdbStore.open(directory)) {
            store.replaceGraphs(graphs());
        }
        return directory;
    }

    /** The example's graph by name, to put in another store. */
    public static Map<Node, Graph> graphs() {
        DatasetGraph quads = RDFDataMgr.loadDatasetGraph(QUADS.toString());
        Map<Node, Graph> graphs = new HashMap<>();
        quads.listGraphNodes().forEachRemaining(name -> graphs.put(name, quads.getGraph(name)));
        return graphs;
    }
}
