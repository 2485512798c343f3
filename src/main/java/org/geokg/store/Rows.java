package org.geokg.store;

import org.apache.jena.query.ResultSetRewindable;

/**
 * The rows of a SELECT query, and the row cap they may have met: a remote endpoint such as {@code geokg serve} cuts
 * a SELECT answer at a cap and says so in a response header; rows as many as the cap may be fewer than the answer.
 *
 * @param results the rows, in memory
 * @param cap     the cap the endpoint put on the rows, or the usual cap of endpoints when the rows are exactly that
 *                many and the endpoint said nothing; 0 when there is none to fear (an embedded store)
 */
public record Rows(ResultSetRewindable results, long cap) {
    /** Whether the answer may be longer than these rows: they are as many as the cap. */
    public boolean mayBeCut() {
        return cap > 0 && results.size() >= cap;
    }
}
