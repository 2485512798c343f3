package org.geokg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.geokg.article.Article;
import org.geokg.extract.ArticleAnalysis;
import org.geokg.extract.StageTimes;
import org.geokg.nlp.AnalyzedText;
import org.geokg.nlp.Cancellation;
import org.geokg.store.GraphWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One article's failure skips that article only, with its reason, and the ingest ends (issue 17, points 1-3): an
 * analysis over its time budget is interrupted and stops, an {@link OutOfMemoryError} or any other failure of a worker
 * leaves it alive for the next article, and a slow article is named in a progress line. The analysis here is a
 * stand-in given through the ingestor's constructor: a "hang" article runs until interrupted, an "oom" article runs out
 * of memory, a "crash" one throws, "slow" takes a second; the others are analysed at once.
 */
class IngestorFailuresTest {
    /** Long enough for no test to wait on it, short enough for the ingest to end if the watch fails. */
    private static final Duration TEST_LIMIT = Duration.ofSeconds(60);

    /** The graph names the ingest wrote. */
    private final Set<String> stored = new TreeSet<>();
    private final List<String> progress = Collections.synchronizedList(new ArrayList<>());
    /** Analyses that ended (returned or threw): none runs on after the ingest. */
    private final Map<String, Boolean> ended = new ConcurrentHashMap<>();

    private final GraphWriter store = new GraphWriter() {
        @Override
        public void replaceGraphs(Map<Node, Graph> graphs) {
            graphs.keySet().forEach(name -> stored.add(name.getURI().replaceAll(".*/", "")));
        }

        @Override
        public String describe() {
            return "a test store";
        }
    };

    private ArticleAnalysis analyze(Article article) {
        try {
            switch (article.id()) {
                case "hang" -> {
                    while (true) {
                        Cancellation.check(); // a stage's loop, as the extraction's stages check
                    }
                }
                case "oom" -> throw new OutOfMemoryError("Java heap space");
                case "crash" -> throw new IllegalStateException("a stage's fault");
                case "deep" -> throw new StackOverflowError();
                case "slow" -> {
                    long end = System.nanoTime() + 1_000_000_000L;
                    while (System.nanoTime() < end) {
                        Cancellation.check();
                    }
                }
                default -> {
                }
            }
            return new ArticleAnalysis(article, new AnalyzedText(article.text(), List.of()), List.of(), Map.of(),
                    List.of(), List.of(), Map.of(), List.of());
        } finally {
            ended.put(article.id(), true);
        }
    }

    private IngestReport ingest(int threads, Duration budget, Duration slow, String... ids) {
        List<Article> articles = new ArrayList<>();
        for (String id : ids) {
            articles.add(new Article(id, id + ".txt", null, null, LocalDate.of(2024, 1, 1), "Text of " + id + ".",
                    Map.of()));
        }
        Function<Article, ArticleAnalysis> analysis = this::analyze;
        Ingestor ingestor = new Ingestor(() -> new Ingestor.Analyst(analysis, StageTimes::none), store, threads,
                budget, slow);
        return assertTimeoutPreemptively(TEST_LIMIT, () -> ingestor.ingestArticles(articles, progress::add));
    }

    @Test
    void anArticleOverItsBudgetIsStoppedAndSkippedWithItsReasonAndTheNextIsStored() {
        IngestReport report = ingest(1, Duration.ofMillis(300), Duration.ofSeconds(5), "good-1", "hang", "good-2");
        assertEquals(List.of("hang.txt: analysis took longer than its time budget of 0.3 s (--article-timeout); "
                + "stopped"), report.skipped());
        assertEquals(Set.of("good-1", "good-2"), stored);
        assertEquals(2, report.articles());
        assertTrue(ended.containsKey("hang"), "the analysis over its budget stopped");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void failuresOfWorkersSkipTheirArticlesAndNeverEndTheWorkers(int threads) {
        // Two out-of-memory articles among others ended both workers, and the ingest hung.
        IngestReport report = ingest(threads, Duration.ZERO, Duration.ofSeconds(5), "a", "oom", "b", "c", "crash",
                "deep", "d");
        List<String> skipped = new ArrayList<>(report.skipped());
        Collections.sort(skipped);
        assertEquals(List.of("crash.txt: analysis failed: java.lang.IllegalStateException: a stage's fault",
                "deep.txt: analysis failed: java.lang.StackOverflowError",
                "oom.txt: out of memory; raise GEOKG_JAVA_OPTS or split the file"), skipped);
        assertEquals(Set.of("a", "b", "c", "d"), stored);
        assertEquals(4, report.articles());
    }

    @Test
    void manyArticlesThatRunOutOfMemoryNeverHangTheIngest() {
        String[] ids = new String[300];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = i % 100 == 7 ? "oom" : "article-" + i;
        }
        IngestReport report = ingest(2, Duration.ofSeconds(30), Duration.ofSeconds(5), ids);
        assertEquals(297, report.articles());
        assertEquals(3, report.skipped().size());
    }

    @Test
    void aSlowArticleIsNamedInTheProgress() {
        IngestReport report = ingest(1, Duration.ofSeconds(30), Duration.ofMillis(300), "slow", "good");
        assertTrue(report.skipped().isEmpty(), report.skipped().toString());
        assertTrue(progress.stream().anyMatch(line -> line.matches("\\.\\.\\. analysing slow\\.txt \\(\\d+ s so "
                + "far\\)")), progress.toString());
        assertTrue(progress.stream().noneMatch(line -> line.contains("good.txt")), progress.toString());
    }

    @Test
    void runningOutOfMemoryWhileReadingStoresWhatWasReadAndSaysWhereReadingStopped() {
        Function<Article, ArticleAnalysis> analysis = this::analyze;
        Ingestor ingestor = new Ingestor(() -> new Ingestor.Analyst(analysis, StageTimes::none), store, 2,
                Duration.ofSeconds(30), Duration.ofSeconds(5));
        IngestReport report = assertTimeoutPreemptively(TEST_LIMIT, () -> ingestor.ingest(sink -> {
            sink.accept(new Article("first", "first.txt", null, null, null, "Text.", Map.of()));
            throw new OutOfMemoryError("Java heap space");
        }, progress::add, new Commits()));
        assertEquals(List.of("the input after first.txt: out of memory; raise GEOKG_JAVA_OPTS or split the file "
                + "(reading stopped there)"), report.skipped());
        assertEquals(Set.of("first"), stored);
    }
}
