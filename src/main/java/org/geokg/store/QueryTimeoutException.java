package org.geokg.store;

import java.time.Duration;
import org.geokg.GeoKgException;

/** A query stopped because it ran longer than its time limit. */
public final class QueryTimeoutException extends GeoKgException {
    QueryTimeoutException(Duration timeout, Throwable cause) {
        super("the query was stopped after " + seconds(timeout) + " s, its time limit", cause);
    }

    private static String seconds(Duration timeout) {
        long millis = timeout.toMillis();
        return millis % 1000 == 0 ? Long.toString(millis / 1000) : Double.toString(millis / 1000.0);
    }
}
