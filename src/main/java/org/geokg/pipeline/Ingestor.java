package org.geokg.pipeline;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.geokg.GeoKgException;
import org.geokg.article.Article;
import org.geokg.article.ArticleReader;
import org.geokg.article.ArticleSink;
import org.geokg.article.BadArticleException;
import org.geokg.extract.ArticleAnalysis;
import org.geokg.extract.ExtractionModels;
import org.geokg.extract.Extractor;
import org.geokg.extract.StageTimes;
import org.geokg.meeting.Meeting;
import org.geokg.rdf.RdfMapper;
import org.geokg.store.GraphWriter;

/**
 * Ingests articles into a store: one thread reads, several analyse (one {@link Extractor} each), one writes. The
 * writer commits the article graphs in batches, each batch one transaction, so a killed ingest leaves every
 * article either fully stored or not at all, and running it again gives the same store. Into a bulk load
 * ({@link org.geokg.store.TdbBulkLoad}) the writer adds the graphs and finishes the load at the end; an article id
 * given twice is then skipped. An input that cannot be read or analysed is reported and skipped; the batch goes on,
 * and an article whose id was read before in the batch is skipped too (the first is kept). A failed write ends the
 * ingest at once: the reading stops, the articles waiting for analysis are dropped, and the error says how many
 * articles were committed. {@link Commits} tells a shutdown hook how many are. The report gives the time spent per
 * stage. An article whose analysis takes longer than its time budget is interrupted (it stops) and skipped, and
 * so is one that runs out of memory or fails in any other way: the analysis thread goes on with the next article.
 * A progress line names an article that takes longer than a few seconds.
 *
 * <pre>
 * Ingestor ingestor = new Ingestor(ExtractionModels.shipped(), store, 2);
 * IngestReport report = ingestor.ingest(List.of(Path.of("examples")), log::info);
 * </pre>
 */
public final class Ingestor {
    /** Most articles per write transaction. */
    static final int BATCH_ARTICLES = 200;
    /** Longest wait before the articles analysed so far are committed. */
    private static final long BATCH_NANOS = 1_000_000_000L;
    private static final long PROGRESS_NANOS = 2_000_000_000L;
    /** The stage names that {@link IngestReport#stages()} adds after the extraction stages. */
    public static final String RDF_MAPPING = "RDF mapping";
    public static final String STORE_WRITES = "store writes";

    /** The time budget of an article's analysis, unless another is given. */
    public static final Duration DEFAULT_ARTICLE_BUDGET = Duration.ofSeconds(30);
    /** What an article that ran out of memory is skipped with. */
    static final String OUT_OF_MEMORY = "out of memory; raise GEOKG_JAVA_OPTS or split the file";

    private final Supplier<Analyst> analysts;
    private final GraphWriter store;
    private final int threads;
    private final Duration budget;
    private final Duration slow;
    private final RdfMapper mapper = new RdfMapper();

    /**
     * An ingestor whose analysis threads each run an {@link Extractor} over these models, writing to a store or a bulk
     * load.
     */
    public Ingestor(ExtractionModels models, GraphWriter store, int threads) {
        this(models, store, threads, DEFAULT_ARTICLE_BUDGET);
    }

    /**
     * An ingestor as {@link #Ingestor(ExtractionModels, GraphWriter, int)} whose articles each have {@code budget}
     * for their analysis (no limit when zero).
     */
    public Ingestor(ExtractionModels models, GraphWriter store, int threads, Duration budget) {
        this(() -> Analyst.of(new Extractor(models)), store, threads, budget, ArticleWatch.SLOW);
    }

    /** An ingestor whose analysis threads each run an analyst of {@code analysts}: an extractor, or a test's. */
    Ingestor(Supplier<Analyst> analysts, GraphWriter store, int threads, Duration budget, Duration slow) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        if (budget.isNegative()) {
            throw new IllegalArgumentException("the time budget must not be negative: " + budget);
        }
        this.analysts = analysts;
        this.store = store;
        this.threads = threads;
        this.budget = budget;
        this.slow = slow;
    }

    /** The analysis of one thread: its extractor's, or a stand-in's. */
    record Analyst(Function<Article, ArticleAnalysis> analysis, Supplier<StageTimes> stageTimes) {
        static Analyst of(Extractor extractor) {
            return new Analyst(extractor::analyze, extractor::stageTimes);
        }
    }

    private sealed interface Work permits Item, End {
    }

    private record Item(Article article) implements Work {
    }

    private record End() implements Work {
    }

    private record Result(Node graphName, Graph graph, ArticleAnalysis analysis, String failure) {
    }

    /** Ends the reading when a write has failed. */
    private static final class WriteFailed extends RuntimeException {
        WriteFailed() {
            super(null, null, false, false);
        }
    }

    /** Reads, analyses and stores every article under the paths; progress lines go to the consumer. */
    public IngestReport ingest(List<Path> paths, Consumer<String> progress) {
        return ingest(paths, progress, new Commits());
    }

    /** As {@link #ingest(List, Consumer)}, counting the commits in {@code commits}, which can stop them. */
    public IngestReport ingest(List<Path> paths, Consumer<String> progress, Commits commits) {
        return ingest(sink -> new ArticleReader().read(paths, sink), progress, commits);
    }

    /** Analyses and stores articles already read (a benchmark's, held in memory). */
    public IngestReport ingestArticles(List<Article> articles, Consumer<String> progress) {
        return ingest(sink -> articles.forEach(sink::accept), progress, new Commits());
    }

    /** Analyses and stores the articles a source gives to its sink. */
    IngestReport ingest(Consumer<ArticleSink> source, Consumer<String> progress, Commits commits) {
        long start = System.nanoTime();
        BlockingQueue<Work> work = new ArrayBlockingQueue<>(128);
        BlockingQueue<Object> results = new ArrayBlockingQueue<>(128);
        List<String> skipped = Collections.synchronizedList(new ArrayList<>());
        List<Thread> workers = new ArrayList<>();
        List<StageTimes> analysisTimes = Collections.synchronizedList(new ArrayList<>());
        ArticleWatch watch = new ArticleWatch(budget, slow, progress);
        for (int i = 0; i < threads; i++) {
            Thread worker = new Thread(() -> analysisTimes.add(analyse(work, results, watch)), "geokg-analyse-" + i);
            worker.start();
            workers.add(worker);
        }
        Writer writer = new Writer(results, work, skipped, progress, commits, start);
        Thread writerThread = new Thread(writer, "geokg-write");
        writerThread.start();
        Map<String, String> firstSources = new HashMap<>();
        String[] lastRead = {null};
        try {
            source.accept(new ArticleSink() {
                @Override
                public void accept(Article article) {
                    if (writer.failure != null) {
                        throw new WriteFailed();
                    }
                    lastRead[0] = article.source();
                    String first = firstSources.putIfAbsent(article.id(), article.source());
                    if (first != null) {
                        skipped.add(article.source() + ": the same article id as an earlier input (" + first + ", id "
                                + article.id() + "); the first is kept");
                    } else {
                        put(work, new Item(article));
                    }
                }

                @Override
                public void skip(BadArticleException problem) {
                    skipped.add(problem.getMessage());
                }
            });
        } catch (WriteFailed e) {
            // the writer's failure is reported below
        } catch (OutOfMemoryError e) { // the articles read so far are stored; what is left is named as not read
            skipped.add((lastRead[0] == null ? "the input" : "the input after " + lastRead[0]) + ": " + OUT_OF_MEMORY
                    + " (reading stopped there)");
        } finally {
            for (int i = 0; i < threads; i++) {
                put(work, new End());
            }
            workers.forEach(Ingestor::join);
            watch.close();
            put(results, new End());
            join(writerThread);
        }
        if (writer.failure != null) {
            // GeoKG's own errors name where they happened
            String why = writer.failure instanceof GeoKgException ? writer.failure.getMessage()
                    : store.describe() + ": " + writer.failure;
            throw new GeoKgException("cannot write to the store: " + why + "; " + commits.articles()
                    + " articles were committed before (running the same ingest again stores the rest)",
                    writer.failure);
        }
        StageTimes stages = analysisTimes.stream().reduce(StageTimes.none(), StageTimes::plus)
                .plus(STORE_WRITES, writer.writeNanos);
        return new IngestReport(writer.articles, writer.triples, writer.mentions, writer.entities.size(),
                writer.meetings, writer.tokens, skipped, (System.nanoTime() - start) / 1e9, stages);
    }

    /**
     * Analyses and maps articles until the work ends; returns the time this thread spent per stage. Whatever goes
     * wrong with one article (its budget runs out, memory runs out, a stage fails) skips that article only.
     */
    private StageTimes analyse(BlockingQueue<Work> work, BlockingQueue<Object> results, ArticleWatch watch) {
        Analyst analyst = analysts.get();
        long mappingNanos = 0;
        while (true) {
            Work next = take(work);
            if (!(next instanceof Item item)) {
                return analyst.stageTimes().get().plus(RDF_MAPPING, mappingNanos);
            }
            Article article = item.article();
            Result result;
            watch.start(article);
            try {
                ArticleAnalysis analysis = analyst.analysis().apply(article);
                long mapping = System.nanoTime();
                Graph graph = mapper.map(analysis);
                mappingNanos += System.nanoTime() - mapping;
                result = new Result(mapper.articleIri(article), graph, analysis, null);
            } catch (OutOfMemoryError e) {
                result = failure(article, OUT_OF_MEMORY);
            } catch (RuntimeException | Error e) {
                result = failure(article, "analysis failed: " + e);
            }
            if (watch.finish()) { // interrupted, whether or not a stage saw it before the end
                result = failure(article, overBudget());
            }
            put(results, result);
        }
    }

    private static Result failure(Article article, String problem) {
        return new Result(null, null, null, article.source() + ": " + problem);
    }

    private String overBudget() {
        return String.format(Locale.ROOT, "analysis took longer than its time budget of %s s (--article-timeout); "
                + "stopped", new BigDecimal(budget.toMillis()).movePointLeft(3).stripTrailingZeros().toPlainString());
    }

    /** Collects analysed articles and commits them in batches. */
    private final class Writer implements Runnable {
        private final BlockingQueue<Object> results;
        private final BlockingQueue<Work> work;
        private final Commits commits;
        private final List<String> skipped;
        private final Consumer<String> progress;
        private final long start;
        private final Map<Node, Graph> batch = new LinkedHashMap<>();
        private final Set<String> entities = new HashSet<>();
        /** Graph names written, when the writer refuses a name twice. */
        private final Set<Node> written = new HashSet<>();
        private long lastProgress = System.nanoTime();
        private long lastFlush = System.nanoTime();
        private long articles;
        private long triples;
        private long mentions;
        private long meetings;
        private long tokens;
        private long writeNanos;
        private volatile RuntimeException failure;

        Writer(BlockingQueue<Object> results, BlockingQueue<Work> work, List<String> skipped,
               Consumer<String> progress, Commits commits, long start) {
            this.results = results;
            this.work = work;
            this.commits = commits;
            this.skipped = skipped;
            this.progress = progress;
            this.start = start;
        }

        @Override
        public void run() {
            while (true) {
                Object next = take(results);
                if (!(next instanceof Result result)) {
                    break;
                }
                if (result.failure() != null) {
                    skipped.add(result.failure());
                    continue;
                }
                if (failure != null) {
                    continue;
                }
                if (!store.replaces() && !written.add(result.graphName())) {
                    skipped.add(result.analysis().article().source() + ": the same article id as an earlier input ("
                            + result.analysis().article().id() + "); a bulk load keeps the first");
                    continue;
                }
                batch.put(result.graphName(), result.graph());
                ArticleAnalysis analysis = result.analysis();
                articles++;
                triples += result.graph().size();
                mentions += analysis.mentions().size();
                tokens += analysis.text().tokenCount();
                meetings += analysis.meetings().stream()
                        .filter(m -> m.status() == Meeting.Status.OCCURRED).count();
                entities.addAll(analysis.entities().keySet());
                if (batch.size() >= BATCH_ARTICLES || System.nanoTime() - lastFlush > BATCH_NANOS) {
                    flush();
                }
            }
            flush();
            if (failure == null) {
                long finishing = System.nanoTime();
                try {
                    store.finish();
                } catch (RuntimeException e) {
                    failure = e;
                }
                writeNanos += System.nanoTime() - finishing;
            }
        }

        /** Drops the articles waiting for analysis (drainTo wakes a reader blocked on the full queue). */
        private void dropWaitingArticles() {
            List<Work> waiting = new ArrayList<>();
            work.drainTo(waiting);
            waiting.stream().filter(End.class::isInstance).forEach(end -> put(work, end));
        }

        private void flush() {
            if (batch.isEmpty() || failure != null) {
                return;
            }
            long writing = System.nanoTime();
            try {
                commits.commit(batch.size(), () -> store.replaceGraphs(batch));
            } catch (RuntimeException e) {
                failure = e;
                dropWaitingArticles();
            }
            batch.clear();
            long now = System.nanoTime();
            writeNanos += now - writing;
            lastFlush = now;
            if (now - lastProgress > PROGRESS_NANOS) {
                lastProgress = now;
                double seconds = (now - start) / 1e9;
                progress.accept(String.format(java.util.Locale.ROOT, "... %d articles, %d triples, %.0f articles/s",
                        articles, triples, articles / seconds));
            }
        }
    }

    private static <T> void put(BlockingQueue<T> queue, T item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GeoKgException("ingest interrupted", e);
        }
    }

    private static <T> T take(BlockingQueue<T> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GeoKgException("ingest interrupted", e);
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GeoKgException("ingest interrupted", e);
        }
    }
}
