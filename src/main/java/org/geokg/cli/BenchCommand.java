package org.geokg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.geokg.article.Article;
import org.geokg.article.ArticleReader;
import org.geokg.extract.ExtractionModels;
import org.geokg.pipeline.ArticleChunks;
import org.geokg.pipeline.Benchmark;
import org.geokg.pipeline.ScalingBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code geokg bench PATH...}: measures the language stage, or the whole ingest. */
@Command(name = "bench", description = "Measure the language stage (sentences, tokens, POS, names, entities, "
        + "meetings) on articles in memory: tokens/s, articles/s, peak heap and each stage's share of the time. "
        + "With --end-to-end, measure the whole ingest instead, articles in and triples committed to a new TDB2 "
        + "store, in one pass without warm-up, as an ingest runs. With --scaling, measure time against size.")
final class BenchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Articles to analyse (any format ingest reads).")
    List<Path> paths;

    @Option(names = "--limit", paramLabel = "N", description = "Use at most N articles (default: ${DEFAULT-VALUE}).")
    int limit = 2000;

    @Option(names = "--threads", paramLabel = "N", description = "Threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    NameModelOption nameModel;

    @Option(names = "--chunk-words", paramLabel = "N", description = "Cut the documents at paragraph ends into "
            + "articles of at least N words each (news-sized pieces of long transcripts), before --limit applies.")
    int chunkWords;

    @Option(names = "--end-to-end", description = "Ingest the articles into a new TDB2 store (in a temporary "
            + "directory, deleted afterwards) and measure it all: analysis, RDF mapping and store writes.")
    boolean endToEnd;

    @Option(names = "--bulk", description = "With --end-to-end, build the store with TDB2's bulk loader, as "
            + "'ingest --bulk' does.")
    boolean bulk;

    @Option(names = "--scaling", description = "Measure time against size instead: the articles' text repeated "
            + "into one article of 10 KB, 20 KB, 50 KB, 100 KB, ... up to --max-size, analysed as written and as one "
            + "paragraph with no sentence break; one line per size with the time of the analysis and its seconds per "
            + "MB, which stay flat when growth is linear.")
    boolean scaling;

    @Option(names = "--max-size", paramLabel = "MB", description = "With --scaling, the largest article in MB "
            + "(default: ${DEFAULT-VALUE}).")
    double maxSize = 20;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Article> articles = new ArticleReader().readAll(paths,
                problem -> spec.commandLine().getErr().println("skipped " + problem.getMessage()));
        articles = chunkWords > 0 ? ArticleChunks.of(articles, chunkWords, limit)
                : articles.subList(0, Math.min(limit, articles.size()));
        long loading = System.nanoTime();
        ExtractionModels models = ExtractionModels.load(nameModel::load);
        double loadSeconds = (System.nanoTime() - loading) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        String model = models.names().map(n -> "name finder " + n.source()).orElse("no name finder model");
        if (scaling) {
            String seed = String.join("\n\n", articles.stream().map(Article::text).toList());
            out.println("time against size, one thread (" + model + "):");
            out.flush();
            new ScalingBenchmark(models).run(seed, ScalingBenchmark.sizes((int) (maxSize * 1e6)), row -> {
                out.println(row.format());
                out.flush();
            });
        } else if (endToEnd) {
            out.println(new Benchmark(models).runEndToEnd(articles, threads, bulk).format()
                    + String.format(java.util.Locale.ROOT, "%nmodels loaded in %.1f s (%s)", loadSeconds, model));
        } else {
            out.println(new Benchmark(models).run(articles, threads).format() + " (" + model + ")");
        }
        out.flush();
        return 0;
    }
}
