package org.geokg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.geokg.GeoKgException;
import org.geokg.syntax.train.ParserOptions;
import org.geokg.syntax.train.ParserTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code geokg train-parser --data TRAIN.conllu.gz --out FILE}: trains a dependency parser model, reproducibly. */
@Command(name = "train-parser", description = "Train a dependency parser model on a CoNLL-U treebank (plain or "
        + ".gz) over the part-of-speech tags GeoKG's tagger gives it (seeded, single-threaded: the same input gives "
        + "the same model) and write it with a JSON manifest of options, data checksum and scores.")
final class TrainParserCommand implements Callable<Integer> {
    private static final ParserOptions SHIPPED = ParserOptions.defaults();

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "The training treebank.")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The model to write (.bin).")
    Path out;

    @Option(names = "--dev", paramLabel = "FILE", description = "A development treebank, scored after each pass "
            + "and at the end (the scores go to the manifest).")
    Path dev;

    @Option(names = "--iterations", paramLabel = "N", description = "Passes over the training data (default: "
            + "${DEFAULT-VALUE}).")
    int iterations = SHIPPED.iterations();

    @Option(names = "--folds", paramLabel = "N", description = "Tag the training data by jackknifing in N folds, "
            + "0 to tag it with the shipped tagger (default: ${DEFAULT-VALUE}).")
    int folds = SHIPPED.folds();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter writer = spec.commandLine().getOut();
        ParserTrainer.Result result;
        try {
            result = ParserTrainer.train(data, out, SHIPPED.withIterations(iterations).withFolds(folds).withDev(dev),
                    line -> {
                        writer.println(line);
                        writer.flush();
                    });
        } catch (IOException e) {
            throw new GeoKgException(data + ": cannot train: " + e.getMessage(), e);
        }
        writer.printf(Locale.ROOT, "wrote %s (%d bytes) and %s in %.1f s%n", result.model(), result.modelBytes(),
                result.manifest(), result.trainingMillis() / 1000.0);
        result.dev().ifPresent(e -> writer.print(dev + ":\n" + e.format()));
        writer.flush();
        return 0;
    }
}
