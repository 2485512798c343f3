package org.geokg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.geokg.article.Article;
import org.geokg.article.ArticleReader;
import org.geokg.extract.ExtractionModels;
import org.geokg.pipeline.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code geokg bench PATH...}: measures the language stage. */
@Command(name = "bench", description = "Measure the language stage (sentences, tokens, POS, names, entities, "
        + "meetings) on articles in memory: tokens/s, articles/s, peak heap.")
final class BenchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Articles to analyse (any format ingest reads).")
    List<Path> paths;

    @Option(names = "--limit", paramLabel = "N", description = "Use at most N articles (default: ${DEFAULT-VALUE}).")
    int limit = 2000;

    @Option(names = "--threads", paramLabel = "N", description = "Threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    NameModelOption nameModel;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Article> articles = new ArticleReader().readAll(paths,
                problem -> spec.commandLine().getErr().println("skipped " + problem.getMessage()));
        articles = articles.subList(0, Math.min(limit, articles.size()));
        ExtractionModels models = ExtractionModels.load(nameModel::load);
        Benchmark.Result result = new Benchmark(models).run(articles, threads);
        PrintWriter out = spec.commandLine().getOut();
        out.println(result.format() + models.names().map(n -> " (name finder " + n.source() + ")")
                .orElse(" (no name finder model)"));
        out.flush();
        return 0;
    }
}
