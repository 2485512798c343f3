package org.geokg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.geokg.extract.ExtractionModels;
import org.geokg.pipeline.Commits;
import org.geokg.pipeline.IngestReport;
import org.geokg.pipeline.Ingestor;
import org.geokg.query.QueryRunner;
import org.geokg.query.SavedQueries;
import org.geokg.store.GraphWriter;
import org.geokg.store.KgStore;
import org.geokg.store.TdbBulkLoad;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code geokg ingest PATH...}: analyses articles and stores their graphs. */
@Command(name = "ingest", description = "Analyse articles (.txt, .html, .json, .jsonl, .jsonl.gz, directories) "
        + "and store their knowledge graphs. Exit code 3 when some input was skipped (each named), a folder without "
        + "an article among them.")
final class IngestCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories to ingest.")
    List<Path> paths;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads, at least 1 (default: number of "
            + "cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    NameModelOption nameModel;

    @Option(names = "--article-timeout", paramLabel = "SECONDS", description = "Time budget of one article's "
            + "analysis (default: ${DEFAULT-VALUE}; 0: none). An article over it is stopped and skipped, named with "
            + "the reason; the batch goes on.")
    double articleTimeout = Ingestor.DEFAULT_ARTICLE_BUDGET.toSeconds();

    @Option(names = "--bulk", description = "Build a new TDB2 store with TDB2's bulk loader: faster for large "
            + "batches. The --store directory must not exist or be empty; the store appears there only when the load "
            + "is complete.")
    boolean bulk;

    @Option(names = "--query", paramLabel = "FILE.rq", description = "After ingesting, run this query and print "
            + "its result as a table (e.g. queries/who-met-whom.rq).")
    String query;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1) {
            throw new UsageException("--threads must be at least 1, not " + threads);
        }
        Duration budget = articleBudget();
        Query parsedQuery = query == null ? null : SavedQueries.find(query).parseWithDefaults();
        IngestReport report;
        if (bulk) {
            Path directory = storeOptions.directory();
            if (directory == null) {
                throw new UsageException("--bulk builds a TDB2 store (--store DIR), not a remote one (--endpoint)");
            }
            try (TdbBulkLoad load = TdbBulkLoad.start(directory)) {
                if (load.leftover() != null) {
                    err.println(load.leftover());
                }
                report = ingest(load, err, budget);
            }
            print(report, out, err);
            if (parsedQuery != null) {
                try (KgStore store = storeOptions.open()) {
                    query(store, parsedQuery, out);
                }
            }
        } else {
            try (KgStore store = storeOptions.openOrCreate()) {
                Summaries.ensure(store, err);
                report = ingest(store, err, budget);
                print(report, out, err);
                if (parsedQuery != null) {
                    query(store, parsedQuery, out);
                }
            }
        }
        return report.skipped().isEmpty() ? 0 : GeoKg.EXIT_SKIPPED;
    }

    /** Ingests into the writer; stopped (Ctrl-C, SIGTERM), it says how many articles were committed. */
    private IngestReport ingest(GraphWriter writer, PrintWriter err, Duration budget) {
        Commits commits = new Commits();
        Thread hook = new Thread(() -> {
            long committed = commits.stop(Duration.ofSeconds(20));
            String more = commits.underWay() == 0 ? "" : " (and " + commits.underWay() + " more were being committed)";
            err.println("geokg: stopped: " + (bulk ? "the bulk load did not finish, so no store was made at "
                    + writer.describe() + "; running the same ingest again loads every article"
                    : committed + " articles committed to " + writer.describe() + more
                    + "; running the same ingest again stores the rest"));
            err.flush();
        }, "geokg-ingest-stopped");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            ExtractionModels models = ExtractionModels.load(nameModel::load);
            return new Ingestor(models, writer, threads, budget).ingest(paths, line -> {
                err.println(line);
                err.flush();
            }, commits);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down, and the hook reports
            }
        }
    }

    private Duration articleBudget() {
        if (!(articleTimeout >= 0) || Double.isInfinite(articleTimeout)) {
            throw new UsageException("--article-timeout must be a number of seconds, 0 or more: " + articleTimeout);
        }
        return Duration.ofMillis(Math.round(articleTimeout * 1000));
    }

    private static void print(IngestReport report, PrintWriter out, PrintWriter err) {
        report.skipped().forEach(problem -> err.println("skipped " + problem));
        err.flush();
        out.println(report.summary());
        out.flush();
    }

    private static void query(KgStore store, Query query, PrintWriter out) {
        try (CommandOutput table = new CommandOutput(out)) {
            new QueryRunner(store).run(query, Map.of(), QueryRunner.ResultFormat.TABLE, table);
        }
    }
}
