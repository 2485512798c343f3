package org.geokg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.geokg.GeoKgException;
import org.geokg.ner.train.NerTrainer;
import org.geokg.ner.train.TrainingOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code geokg train-ner --data DIR --out FILE}: trains a name finder model, deterministically. */
@Command(name = "train-ner", description = "Train a name finder model from a corpus in OpenNLP name-finder format "
        + "(fixed iterations and cutoff, fixed threads: the same input gives the same model) and write it with a JSON "
        + "manifest of parameters, data checksum and scores.")
final class TrainNerCommand implements Callable<Integer> {
    private static final TrainingOptions SHIPPED = TrainingOptions.defaults();

    @Option(names = "--data", required = true, paramLabel = "DIR|FILE", description = "Training data (plain or .gz).")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The model to write (.bin).")
    Path out;

    @Option(names = "--eval", paramLabel = "FILE", description = "Test data to score the model on (repeatable).")
    List<Path> eval = List.of();

    @Option(names = "--algorithm", paramLabel = "NAME", description = "MAXENT (GIS), MAXENT_QN (L-BFGS), "
            + "PERCEPTRON, or maxent algorithms joined by + whose models are averaged into one (default: the shipped "
            + "model's, ${DEFAULT-VALUE}).")
    String algorithm = SHIPPED.algorithm();

    @Option(names = "--iterations", paramLabel = "N", description = "Training iterations (default: ${DEFAULT-VALUE}).")
    int iterations = SHIPPED.iterations();

    @Option(names = "--cutoff", paramLabel = "N", description = "Minimum feature count (default: ${DEFAULT-VALUE}).")
    int cutoff = SHIPPED.cutoff();

    @Option(names = "--features", paramLabel = "NAME|FILE", description = "geokg (default), opennlp-default, or a "
            + "feature descriptor XML file.")
    String features = SHIPPED.features();

    @Option(names = "--keep-titles", description = "Keep titles inside person names as the corpus has them "
            + "(default: take them out, \"President Hugo Chavez\" → \"Hugo Chavez\").")
    boolean keepTitles;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        NerTrainer.Result result;
        try {
            result = NerTrainer.train(data, out, SHIPPED.withAlgorithm(algorithm).withIterations(iterations)
                    .withCutoff(cutoff).withFeatures(features).withEvalData(eval).withStripTitles(!keepTitles));
        } catch (IOException e) {
            throw new GeoKgException(data + ": cannot train: " + e.getMessage(), e);
        }
        PrintWriter writer = spec.commandLine().getOut();
        writer.printf("wrote %s (%d bytes) and %s in %.1f s%n", result.model(), result.modelBytes(),
                result.manifest(), result.trainingMillis() / 1000.0);
        for (int i = 0; i < result.evaluations().size(); i++) {
            writer.println(eval.get(i) + ":");
            writer.print(result.evaluations().get(i).format());
        }
        writer.flush();
        return 0;
    }
}
