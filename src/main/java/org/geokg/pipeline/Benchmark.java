package org.geokg.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.geokg.GeoKgException;
import org.geokg.article.Article;
import org.geokg.extract.ExtractionModels;
import org.geokg.extract.Extractor;

/**
 * Measures the language stage (sentences, tokens, parts of speech, names, entities, meetings) on articles held in
 * memory, with one {@link Extractor} per thread: a warm-up pass, then a measured pass.
 */
public final class Benchmark {
    /**
     * What a benchmark measured.
     *
     * @param articles      articles analysed in the measured pass
     * @param tokens        tokens analysed in the measured pass
     * @param seconds       wall-clock time of the measured pass
     * @param threads       threads used
     * @param peakHeapBytes peak heap use over the whole run
     */
    public record Result(int articles, long tokens, double seconds, int threads, long peakHeapBytes) {
        /** One line for people. */
        public String format() {
            return String.format(Locale.ROOT, "%d articles, %d tokens, %d threads: %.2f s, %.0f tokens/s, "
                            + "%.1f articles/s, peak heap %d MB", articles, tokens, threads, seconds, tokens / seconds,
                    articles / seconds, peakHeapBytes / (1024 * 1024));
        }
    }

    private final ExtractionModels models;

    /** A benchmark of extractors over these models. */
    public Benchmark(ExtractionModels models) {
        this.models = models;
    }

    /** Analyses the articles once to warm up, then again to measure. */
    public Result run(List<Article> articles, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Extractor> extractors = java.util.stream.IntStream.range(0, threads)
                    .mapToObj(i -> new Extractor(models)).toList();
            pass(pool, extractors, articles);
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            long tokens = pass(pool, extractors, articles);
            double seconds = (System.nanoTime() - start) / 1e9;
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            return new Result(articles.size(), tokens, seconds, threads, peak);
        } finally {
            pool.shutdownNow();
        }
    }

    private static long pass(ExecutorService pool, List<Extractor> extractors, List<Article> articles) {
        AtomicInteger next = new AtomicInteger();
        AtomicLong tokens = new AtomicLong();
        List<Future<?>> running = extractors.stream().map(extractor -> pool.submit(() -> {
            for (int i = next.getAndIncrement(); i < articles.size(); i = next.getAndIncrement()) {
                tokens.addAndGet(extractor.analyze(articles.get(i)).text().tokenCount());
            }
        })).<Future<?>>map(f -> f).toList();
        for (Future<?> future : running) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new GeoKgException("benchmark interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new GeoKgException("benchmark failed: " + e.getCause(), e.getCause());
            }
        }
        return tokens.get();
    }
}
