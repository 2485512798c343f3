package org.geokg.store;

import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** Where an ingest writes the article graphs: a store ({@link KgStore}) or a bulk load ({@link TdbBulkLoad}). */
public interface GraphWriter {
    /** Writes the named graphs given, each replacing any graph of the same name written before if it {@link #replaces}. */
    void replaceGraphs(Map<Node, Graph> graphs);

    /**
     * Whether a graph written again replaces the one written before (a store), or is refused (a bulk load, which can
     * only add).
     */
    default boolean replaces() {
        return true;
    }

    /** Completes what was written, once all of it is (a bulk load builds its indexes); a store has nothing to do. */
    default void finish() {
    }

    /** A name for messages: the directory or the endpoint URL. */
    String describe();
}
