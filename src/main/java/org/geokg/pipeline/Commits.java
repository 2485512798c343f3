package org.geokg.pipeline;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.geokg.GeoKgException;

/**
 * The articles an ingest has committed so far, for a shutdown hook to report: {@link #stop(Duration)} waits for a
 * commit under way, lets no other begin, and gives the count, which is then exactly what the store holds of this
 * ingest. A commit that outlasts the wait (a remote store that does not answer) is reported as under way.
 *
 * <p>Thread safety: safe to share; commits and {@link #stop(Duration)} take turns.
 */
public final class Commits {
    private final ReentrantLock turn = new ReentrantLock();
    private volatile long articles;
    private volatile int underWay;
    private volatile boolean stopped;

    /** Runs the write of this many articles, unless stopped, and counts them when it has returned. */
    void commit(int count, Runnable write) {
        turn.lock();
        try {
            if (stopped) {
                throw new GeoKgException("the ingest was stopped");
            }
            underWay = count;
            write.run();
            articles += count;
        } finally {
            underWay = 0;
            turn.unlock();
        }
    }

    /** The articles committed so far. */
    public long articles() {
        return articles;
    }

    /** The articles of the commit under way, 0 when none is. */
    public int underWay() {
        return underWay;
    }

    /**
     * Stops the commits after the one under way, waiting for it at most {@code wait}, and returns how many articles
     * were committed; {@link #underWay()} then says whether a commit was still running.
     */
    public long stop(Duration wait) {
        stopped = true;
        try {
            if (turn.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                turn.unlock();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return articles;
    }
}
