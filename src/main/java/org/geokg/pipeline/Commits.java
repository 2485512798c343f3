package org.geokg.pipeline;

import org.geokg.GeoKgException;

/**
 * The articles an ingest has committed so far, for a shutdown hook to report: {@link #stop()} waits for a commit
 * under way, lets no other begin, and gives the count, which is then exactly what the store holds of this ingest.
 *
 * <p>Thread safety: safe to share; commits and {@link #stop()} take turns.
 */
public final class Commits {
    private long articles;
    private boolean stopped;

    /** Runs the write of this many articles, unless stopped, and counts them when it has returned. */
    synchronized void commit(int count, Runnable write) {
        if (stopped) {
            throw new GeoKgException("the ingest was stopped");
        }
        write.run();
        articles += count;
    }

    /** The articles committed so far. */
    public synchronized long articles() {
        return articles;
    }

    /** Stops the commits after the one under way, if any, and returns how many articles were committed. */
    public synchronized long stop() {
        stopped = true;
        return articles;
    }
}
