package org.geokg.pipeline;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.geokg.article.Article;

/**
 * Watches the articles in analysis, one per analysis thread: names an article that takes longer than a few seconds
 * in a progress line (and again every few seconds after), and interrupts the thread of one over its time budget, so
 * that its analysis stops at the next check of {@link org.geokg.nlp.Cancellation}. One timer thread, stopped by
 * {@link #close}.
 */
final class ArticleWatch implements AutoCloseable {
    /** How long an article is analysed before a progress line names it, and between two such lines. */
    static final Duration SLOW = Duration.ofSeconds(5);
    private static final long TICK_MILLIS = 100;

    private final long budgetNanos;
    private final long slowNanos;
    private final Consumer<String> progress;
    private final Map<Thread, Watched> watched = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "geokg-watch");
        thread.setDaemon(true);
        return thread;
    });

    /** An article in analysis on a thread, since when, and what the watch did about it. */
    private static final class Watched {
        private final Article article;
        private final long start = System.nanoTime();
        private long lastReport = start;
        private boolean interrupted;

        Watched(Article article) {
            this.article = article;
        }
    }

    /**
     * A watch that interrupts an analysis over {@code budget} (none when zero) and names slow articles after
     * {@code slow}.
     */
    ArticleWatch(Duration budget, Duration slow, Consumer<String> progress) {
        this.budgetNanos = budget.isZero() ? Long.MAX_VALUE : budget.toNanos();
        this.slowNanos = slow.toNanos();
        this.progress = progress;
        timer.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Starts watching the current thread's analysis of an article. */
    void start(Article article) {
        watched.put(Thread.currentThread(), new Watched(article));
    }

    /**
     * Ends the watch of the current thread's article; returns whether its budget ran out (its interrupt is then
     * cleared, so that the thread goes on with the next article).
     */
    boolean finish() {
        Watched done = watched.remove(Thread.currentThread());
        if (done == null) {
            return false;
        }
        synchronized (done) {
            done.lastReport = Long.MAX_VALUE; // no interrupt after this point
            if (done.interrupted) {
                Thread.interrupted();
            }
            return done.interrupted;
        }
    }

    private void tick() {
        long now = System.nanoTime();
        watched.forEach((thread, article) -> {
            synchronized (article) {
                if (article.lastReport == Long.MAX_VALUE || article.interrupted) {
                    return;
                }
                if (now - article.start > budgetNanos) {
                    article.interrupted = true;
                    thread.interrupt();
                } else if (now - article.lastReport >= slowNanos) {
                    article.lastReport = now;
                    progress.accept(String.format(Locale.ROOT, "... analysing %s (%.0f s so far)",
                            article.article.source(), (now - article.start) / 1e9));
                }
            }
        });
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
