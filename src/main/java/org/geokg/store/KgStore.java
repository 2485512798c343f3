package org.geokg.store;

import java.io.OutputStream;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.out.NodeFmtLib;
import org.geokg.GeoKgException;
import org.geokg.rdf.Iris;

/**
 * Where the knowledge graph lives: one named graph per article, queried as the union of all graphs. An embedded
 * TDB2 directory ({@link TdbStore}) or a remote SPARQL 1.1 store ({@link RemoteStore}).
 *
 * <p>Implementations are safe to use from several threads; each call is its own transaction.
 */
public interface KgStore extends GraphWriter, AutoCloseable {
    /**
     * Replaces the named graphs given, all in one transaction: each graph's old content is dropped and the new one
     * written, so re-ingesting an article never duplicates anything.
     */
    @Override
    void replaceGraphs(Map<Node, Graph> graphs);

    /** Removes a named graph; returns whether it was there. */
    boolean removeGraph(Node graph);

    /**
     * Computes the summary graph ({@link org.geokg.rdf.Iris#SUMMARY_GRAPH}) anew from all other graphs, for a store
     * whose graphs were loaded by another tool; ingest and removal keep it up to date. Returns its number of triples.
     */
    long rebuildSummary();

    /**
     * Whether the store holds graphs but no summary graph: made by an older GeoKG or loaded by another tool, so that
     * {@link #rebuildSummary()} must run before writes can keep the summary up to date.
     */
    default boolean lacksSummary() {
        // Two questions, each answered by the first quad found: one ASK with FILTER NOT EXISTS would read every quad
        // of a store that has its summary before answering no.
        String summary = NodeFmtLib.strNT(Iris.SUMMARY_GRAPH);
        return !ask(QueryFactory.create("ASK { GRAPH " + summary + " { ?s ?p ?o } }"))
                && ask(QueryFactory.create("ASK { GRAPH ?g { ?s ?p ?o } }"));
    }

    /**
     * Runs a SELECT query over the union graph; the result is in memory and can be read after the call. An answer
     * that a remote endpoint may have cut at its row cap ({@link Rows#mayBeCut()}) is an error, never a silent part.
     */
    default ResultSet select(Query query) {
        Rows rows = selectRows(query);
        if (rows.mayBeCut()) {
            throw new GeoKgException(describe() + ": the answer has " + rows.cap() + " rows, the endpoint's row cap, "
                    + "so it may be cut; raise the cap (geokg serve --limit ROWS) or read the store itself");
        }
        return rows.results();
    }

    /**
     * Runs a SELECT query over the union graph, and says whether a remote endpoint may have cut its rows at a cap
     * ({@link Rows#mayBeCut()}).
     */
    Rows selectRows(Query query);

    /** Runs a CONSTRUCT or DESCRIBE query over the union graph. */
    Graph construct(Query query);

    /** Runs an ASK query over the union graph. */
    boolean ask(Query query);

    /** Writes all named graphs in a quad format (TriG, N-Quads) or the union graph in a triple format. */
    void export(Lang lang, OutputStream out);

    /** Number of quads in each named graph's content, summed, the summary graph left out. */
    long size();

    @Override
    String describe();

    @Override
    void close();

    /** Whether a graph name is a named graph of this store (for tests and {@code remove}). */
    default boolean hasGraph(Node graph) {
        return ask(QueryFactory.create("ASK { GRAPH " + NodeFmtLib.strNT(graph) + " { ?s ?p ?o } }"));
    }

    /** Counts used by {@code stats}. */
    default Map<String, Long> counts() {
        return StoreStats.counts(this);
    }
}
