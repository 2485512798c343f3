package org.geokg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.geokg.GeoKgException;
import org.geokg.rdf.Iris;
import org.geokg.summary.GraphSummary;
import org.geokg.summary.Summary;
import org.geokg.summary.SummaryChange;

/**
 * An embedded TDB2 store in a directory. The default graph of queries is the union of all article graphs. Writes
 * are transactions: a killed process leaves the store as of its last commit.
 *
 * <pre>
 * try (KgStore store = TdbStore.open(Path.of("geokg-data"))) { ... }
 * </pre>
 */
public final class TdbStore implements KgStore {
    private final DatasetGraph dataset;
    private final String name;
    private final Duration timeout;

    private TdbStore(DatasetGraph dataset, String name, Duration timeout) {
        this.dataset = dataset;
        this.name = name;
        this.timeout = timeout;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /**
     * Whether a directory holds a TDB2 store (a {@code Data-NNNN} folder); only {@code ingest} makes one where there
     * is none, the other verbs refuse such a directory and leave it untouched.
     */
    public static boolean exists(Path directory) {
        try (var entries = Files.list(directory)) {
            return entries.anyMatch(e -> Files.isDirectory(e) && e.getFileName().toString().matches("Data-\\d{4}"));
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** Opens (creating when needed) the TDB2 store in a directory. */
    public static TdbStore open(Path directory) {
        return open(directory, null);
    }

    /**
     * Opens (creating when needed) the TDB2 store in a directory, whose queries stop after the timeout (null: none)
     * with a {@link QueryTimeoutException}.
     */
    public static TdbStore open(Path directory, Duration timeout) {
        try {
            return new TdbStore(DatabaseMgr.connectDatasetGraph(directory.toString()), directory.toString(), timeout);
        } catch (RuntimeException e) {
            throw new GeoKgException("cannot open the TDB2 store in " + directory + ": " + e.getMessage(), e);
        }
    }

    /** A store in memory, for tests. */
    public static TdbStore inMemory() {
        return new TdbStore(DatabaseMgr.createDatasetGraph(), "memory", null);
    }

    /** The dataset itself (its default graph is the union of the article graphs), to serve it over SPARQL. */
    public DatasetGraph dataset() {
        return dataset;
    }

    @Override
    public void replaceGraphs(Map<Node, Graph> graphs) {
        Txn.executeWrite(dataset, () -> {
            List<GraphSummary> removed = new ArrayList<>();
            List<GraphSummary> added = new ArrayList<>();
            QuadBatch batch = QuadBatch.of(dataset); // the new quads, articles' and summary's, written last
            graphs.forEach((graphName, content) -> {
                removed.add(GraphSummary.of(graphName, dataset.getGraph(graphName)));
                dataset.deleteAny(graphName, Node.ANY, Node.ANY, Node.ANY);
                content.find().forEachRemaining(t -> batch.add(graphName, t.getSubject(), t.getPredicate(),
                        t.getObject()));
                added.add(GraphSummary.of(graphName, content));
            });
            updateSummary(removed, added, batch);
            batch.write();
        });
    }

    @Override
    public boolean removeGraph(Node graph) {
        return Txn.calculateWrite(dataset, () -> {
            boolean present = dataset.find(graph, Node.ANY, Node.ANY, Node.ANY).hasNext();
            GraphSummary removed = GraphSummary.of(graph, dataset.getGraph(graph));
            dataset.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            QuadBatch batch = QuadBatch.of(dataset);
            updateSummary(List.of(removed), List.of(), batch);
            batch.write();
            return present;
        });
    }

    /**
     * Brings the summary graph up to date with graphs replaced, inside the write transaction: its old triples are
     * deleted now, its new ones go into the batch.
     */
    private void updateSummary(List<GraphSummary> removed, List<GraphSummary> added, QuadBatch batch) {
        Node summary = Iris.SUMMARY_GRAPH;
        SummaryChange change = SummaryChange.of(removed, added,
                keys -> keys.fetch((s, p, o) -> Iter.map(dataset.find(summary, s, p, o), Quad::asTriple)));
        change.deletions().forEach(t -> dataset.delete(summary, t.getSubject(), t.getPredicate(), t.getObject()));
        change.additions().forEach(t -> batch.add(summary, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    @Override
    public long rebuildSummary() {
        return Txn.calculateWrite(dataset, () -> {
            Summary summary = new Summary();
            dataset.listGraphNodes().forEachRemaining(name -> {
                if (!name.equals(Iris.SUMMARY_GRAPH)) {
                    summary.add(GraphSummary.of(name, dataset.getGraph(name)));
                }
            });
            dataset.deleteAny(Iris.SUMMARY_GRAPH, Node.ANY, Node.ANY, Node.ANY);
            Graph graph = summary.toGraph();
            graph.find().forEachRemaining(t -> dataset.add(Iris.SUMMARY_GRAPH, t.getSubject(), t.getPredicate(),
                    t.getObject()));
            return (long) graph.size();
        });
    }

    @Override
    public Rows selectRows(Query query) {
        return read(query, execution -> new Rows(ResultSetFactory.copyResults(execution.execSelect()), 0));
    }

    @Override
    public Graph construct(Query query) {
        return read(query, execution -> {
            Graph graph = GraphFactory.createDefaultGraph();
            Iterator<Triple> triples = query.isDescribeType()
                    ? execution.execDescribeTriples() : execution.execConstructTriples();
            triples.forEachRemaining(graph::add);
            return graph;
        });
    }

    @Override
    public boolean ask(Query query) {
        return read(query, QueryExecution::execAsk);
    }

    /** Runs a query in a read transaction, stopped by ARQ after the timeout when there is one. */
    private <T> T read(Query query, Function<QueryExecution, T> work) {
        QueryExecutionBuilder builder = QueryExecution.create().query(query).dataset(DatasetFactory.wrap(dataset));
        if (timeout != null) {
            builder.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        try {
            return Txn.calculateRead(dataset, () -> {
                try (QueryExecution execution = builder.build()) {
                    return work.apply(execution);
                }
            });
        } catch (QueryCancelledException e) {
            throw new QueryTimeoutException(timeout, e);
        }
    }

    @Override
    public void export(Lang lang, OutputStream out) {
        Txn.executeRead(dataset, () -> StoreExport.write(dataset, lang, out));
    }

    @Override
    public long size() {
        return Txn.calculateRead(dataset, () -> {
            return Iter.count(dataset.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY))
                    - Iter.count(dataset.find(Iris.SUMMARY_GRAPH, Node.ANY, Node.ANY, Node.ANY));
        });
    }

    @Override
    public String describe() {
        return name;
    }

    @Override
    public void close() {
        dataset.close();
    }
}
