package org.geokg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.geokg.nlp.NlpModels;
import org.geokg.syntax.DependencyModel;
import org.geokg.syntax.train.ParserEvaluator;
import org.geokg.syntax.train.Treebank;
import org.geokg.syntax.train.TreebankSentence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code geokg eval-parser FILE}: attachment scores and speed of the dependency parser on a treebank. */
@Command(name = "eval-parser", description = "Parse a CoNLL-U treebank (plain or .gz) over the part-of-speech tags "
        + "GeoKG's tagger gives its words and print the attachment scores (UAS, LAS; with and without punctuation) "
        + "and the parsing speed.")
final class EvalParserCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The gold treebank.")
    Path data;

    @Option(names = "--model", paramLabel = "FILE", description = "A parser model from train-parser (default: the "
            + "shipped one).")
    Path model;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        DependencyModel parser = model == null ? DependencyModel.shipped() : DependencyModel.load(model);
        double load = (System.nanoTime() - t0) / 1e9;
        List<TreebankSentence> gold = Treebank.read(data);
        List<List<String>> tags = Treebank.tag(gold, NlpModels.load().newAnalyzer());
        ParserEvaluator.Evaluation evaluation = ParserEvaluator.evaluate(parser, gold, tags);
        PrintWriter out = spec.commandLine().getOut();
        out.println((model == null ? "shipped parser model" : model.toString()) + " on " + data.getFileName()
                + ", tags from GeoKG's tagger");
        out.print(evaluation.format());
        out.printf(Locale.ROOT, "%d sentences, %d words, %.0f tokens/s (parsing, 1 thread, cold JVM); model loaded "
                + "in %.2f s%n", evaluation.sentences(), evaluation.words(), evaluation.tokensPerSecond(), load);
        out.flush();
        return 0;
    }
}
