package org.geokg.pipeline;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.geokg.extract.StageTimes;
import org.geokg.store.Directories;
import org.geokg.store.TdbBulkLoad;
import org.geokg.store.TdbStore;

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
     * @param stages        time per stage of the measured pass, summed over the threads
     */
    public record Result(int articles, long tokens, double seconds, int threads, long peakHeapBytes,
                         StageTimes stages) {
        /** Two lines for people: rates, then each stage's share of the time. */
        public String format() {
            return String.format(Locale.ROOT, "%d articles, %d tokens, %d threads: %.2f s, %.0f tokens/s, "
                            + "%.1f articles/s, peak heap %d MB", articles, tokens, threads, seconds, tokens / seconds,
                    articles / seconds, peakHeapBytes / (1024 * 1024)) + "\nstages: " + stages.format();
        }
    }

    private final ExtractionModels models;

    /** A benchmark of extractors over these models. */
    public Benchmark(ExtractionModels models) {
        this.models = models;
    }

    /**
     * What an end-to-end benchmark measured: the ingest's report and the peak heap.
     *
     * @param report        the ingest's counts, time and time per stage
     * @param threads       analysis threads used
     * @param peakHeapBytes peak heap use during the ingest
     */
    public record EndToEnd(IngestReport report, int threads, long peakHeapBytes) {
        /** Two lines for people: rates, then each stage's share of the time. */
        public String format() {
            double seconds = report.seconds();
            return String.format(Locale.ROOT, "end to end: %d articles, %d triples, %d tokens, %d analysis threads: "
                            + "%.2f s, %.1f articles/s, %.0f triples/s, peak heap %d MB", report.articles(),
                    report.triples(), report.tokens(), threads, seconds, report.articles() / seconds,
                    report.triples() / seconds, peakHeapBytes / (1024 * 1024))
                    + "\nstages (summed over threads): " + report.stages().format();
        }
    }

    /**
     * Ingests the articles into a new TDB2 store in a temporary directory, in one pass without warm-up as an ingest
     * runs, transaction by transaction or with the bulk loader ({@link TdbBulkLoad}), and deletes the store
     * afterwards.
     */
    public EndToEnd runEndToEnd(List<Article> articles, int threads, boolean bulk) {
        Path directory;
        try {
            directory = Files.createTempDirectory("geokg-bench-");
        } catch (IOException e) {
            throw new GeoKgException("cannot make a temporary store directory: " + e.getMessage(), e);
        }
        try {
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            IngestReport report;
            if (bulk) {
                Path store = directory.resolve("store");
                try (TdbBulkLoad load = TdbBulkLoad.start(store)) {
                    report = new Ingestor(models, load, threads).ingestArticles(articles, line -> { });
                }
            } else {
                try (TdbStore store = TdbStore.open(directory)) {
                    report = new Ingestor(models, store, threads).ingestArticles(articles, line -> { });
                }
            }
            return new EndToEnd(report, threads, peakHeapBytes());
        } finally {
            Directories.delete(directory);
        }
    }

    /** Analyses the articles once to warm up, then again to measure. */
    public Result run(List<Article> articles, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Extractor> extractors = java.util.stream.IntStream.range(0, threads)
                    .mapToObj(i -> new Extractor(models)).toList();
            pass(pool, extractors, articles);
            StageTimes warmUp = times(extractors);
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            long tokens = pass(pool, extractors, articles);
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Result(articles.size(), tokens, seconds, threads, peakHeapBytes(),
                    times(extractors).minus(warmUp));
        } finally {
            pool.shutdownNow();
        }
    }

    /** The peak heap use since the peaks were last reset. */
    static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static StageTimes times(List<Extractor> extractors) {
        return extractors.stream().map(Extractor::stageTimes).reduce(StageTimes.none(), StageTimes::plus);
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
