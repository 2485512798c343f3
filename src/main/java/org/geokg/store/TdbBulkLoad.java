package org.geokg.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.geokg.GeoKgException;
import org.geokg.rdf.Iris;
import org.geokg.summary.GraphSummary;
import org.geokg.summary.Summary;

/**
 * Builds a new TDB2 store with TDB2's phased bulk loader, which sorts and writes each index in turn instead of adding
 * each quad to all of them, one transaction at a time. The graphs are spooled to an N-Quads file while the articles
 * are analysed, and loaded when all are in ({@link #finish}), so that analysis and loading do not share the cores.
 *
 * <p>The loader's low-level writes are not crash-safe, so the load works in a sibling directory ({@code DIR.loading},
 * holding the spool and the store being built) and moves the store to its place only when complete: a killed load
 * leaves no store at {@code DIR} (the next load says so and removes the partial one), a finished one a complete store.
 * Only a new store can be bulk loaded: {@code DIR} must not exist or be empty.
 *
 * <pre>
 * try (TdbBulkLoad load = TdbBulkLoad.start(Path.of("geokg-data"))) {
 *     load.replaceGraphs(graphs);  // any number of times
 *     load.finish();               // or no store is made
 * }
 * </pre>
 *
 * <p>Not thread-safe: one thread writes and finishes.
 */
public final class TdbBulkLoad implements GraphWriter, AutoCloseable {
    private static final String LOADING = ".loading";
    private static final String SPOOL = "quads.nq";
    private static final String STORE = "store";

    private final Path directory;
    private final Path loading;
    private final OutputStream spoolFile;
    private final StreamRDF spool;
    private final Set<Node> graphs = new HashSet<>();
    private final Summary summary = new Summary();
    private final String leftover;
    private boolean finished;

    private TdbBulkLoad(Path directory, Path loading, String leftover) throws IOException {
        this.directory = directory;
        this.loading = loading;
        this.leftover = leftover;
        Files.createDirectories(loading);
        this.spoolFile = new BufferedOutputStream(Files.newOutputStream(loading.resolve(SPOOL)), 1 << 16);
        this.spool = StreamRDFWriter.getWriterStream(spoolFile, RDFFormat.NQUADS);
        spool.start();
    }

    /**
     * Starts a bulk load into a new store at {@code directory}, which must not exist or be empty; what a killed load
     * left is removed first ({@link #leftover()} says so).
     */
    public static TdbBulkLoad start(Path directory) {
        try (Stream<Path> entries = Files.isDirectory(directory) ? Files.list(directory) : Stream.empty()) {
            if (Files.exists(directory) && (!Files.isDirectory(directory) || entries.findAny().isPresent())) {
                throw new GeoKgException(directory + ": a bulk load makes a new store; this directory is not empty "
                        + "(ingest into it without --bulk, or give a new directory)");
            }
        } catch (IOException e) {
            throw new GeoKgException(directory + ": cannot read the directory: " + e.getMessage(), e);
        }
        Path loading = directory.resolveSibling(directory.getFileName() + LOADING);
        String leftover = null;
        if (Files.exists(loading)) {
            Directories.delete(loading);
            leftover = loading + ": removed what a bulk load that did not finish had left";
        }
        try {
            return new TdbBulkLoad(directory, loading, leftover);
        } catch (IOException | RuntimeException e) {
            Directories.delete(loading);
            throw new GeoKgException(loading + ": cannot start a bulk load: " + e.getMessage(), e);
        }
    }

    /** What was found from an earlier load that did not finish, or {@code null}. */
    public String leftover() {
        return leftover;
    }

    /**
     * Adds the graphs to the load. A graph name given twice is an error, since a bulk load can only add: it is the
     * same article given twice, which the caller skips ({@link #replaces()}).
     */
    @Override
    public void replaceGraphs(Map<Node, Graph> batch) {
        batch.forEach((name, graph) -> {
            if (!graphs.add(name)) {
                throw new IllegalArgumentException("graph loaded twice: " + name);
            }
            graph.find().forEachRemaining(t -> spool.quad(Quad.create(name, t)));
            summary.add(GraphSummary.of(name, graph));
        });
    }

    /** No: a graph name given twice is refused. */
    @Override
    public boolean replaces() {
        return false;
    }

    /** Loads what was added and its summary graph, builds the indexes, and moves the store to its directory. */
    @Override
    public void finish() {
        if (finished) {
            return;
        }
        summary.toGraph().find().forEachRemaining(t -> spool.quad(Quad.create(Iris.SUMMARY_GRAPH, t)));
        spool.finish();
        try {
            spoolFile.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path store = loading.resolve(STORE);
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(store.toString());
        try {
            DataLoader loader = LoaderFactory.phasedLoader(dataset, (format, args) -> { });
            loader.startBulk();
            try {
                loader.load(List.of(loading.resolve(SPOOL).toString()));
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
        } finally {
            TDBInternal.expel(dataset, true); // closes its files, so that the directory can be moved
        }
        try {
            if (Files.isDirectory(directory)) {
                Files.delete(directory); // empty, checked at the start
            }
            Files.move(store, directory, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new GeoKgException(directory + ": cannot move the loaded store into place from " + store + ": "
                    + e.getMessage(), e);
        }
        Directories.delete(loading);
        finished = true;
    }

    @Override
    public String describe() {
        return directory + " (bulk load)";
    }

    /** Abandons an unfinished load and removes what it wrote. */
    @Override
    public void close() {
        if (!finished) {
            try {
                spoolFile.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                Directories.delete(loading);
            }
        }
    }
}
