package org.geokg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.geokg.extract.ExtractionModels;
import org.geokg.pipeline.IngestReport;
import org.geokg.pipeline.Ingestor;
import org.geokg.query.QueryRunner;
import org.geokg.query.SavedQueries;
import org.geokg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code geokg ingest PATH...}: analyses articles and stores their graphs. */
@Command(name = "ingest", description = "Analyse articles (.txt, .html, .json, .jsonl, .jsonl.gz, directories) "
        + "and store their knowledge graphs. Exit code 1 when any input was skipped.")
final class IngestCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories to ingest.")
    List<Path> paths;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    NameModelOption nameModel;

    @Option(names = "--query", paramLabel = "FILE.rq", description = "After ingesting, run this query and print "
            + "its result as a table (e.g. queries/who-met-whom.rq).")
    String query;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Query parsedQuery = query == null ? null : SavedQueries.find(query).parseWithDefaults();
        IngestReport report;
        try (KgStore store = storeOptions.open()) {
            ExtractionModels models = ExtractionModels.load(nameModel::load);
            Ingestor ingestor = new Ingestor(models, store, threads);
            report = ingestor.ingest(paths, line -> {
                err.println(line);
                err.flush();
            });
            report.skipped().forEach(problem -> err.println("skipped " + problem));
            err.flush();
            out.println(report.summary());
            out.flush();
            if (parsedQuery != null) {
                try (CommandOutput table = new CommandOutput(out)) {
                    new QueryRunner(store).run(parsedQuery, Map.of(), QueryRunner.ResultFormat.TABLE, table);
                }
            }
        }
        return report.skipped().isEmpty() ? 0 : 1;
    }
}
