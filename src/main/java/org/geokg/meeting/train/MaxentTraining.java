package org.geokg.meeting.train;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.geokg.Manifests;
import org.geokg.article.Article;
import org.geokg.article.ArticleReader;
import org.geokg.eval.AnnotatedSet;

/**
 * How the meeting models are trained and written: maxent by L-BFGS with an L2 penalty of 1, 100 iterations, cutoff
 * 1, on one thread, so that the same examples give the same model.
 */
final class MaxentTraining {
    /** The training parameters, as the manifests state them. */
    static final String ALGORITHM = "MAXENT_QN, L2 1.0, 100 iterations, cutoff 1, 1 thread";

    private MaxentTraining() {
    }

    /** Writes a trained model in its runtime form. */
    @FunctionalInterface
    interface ModelWriter {
        void write(AbstractModel model, OutputStream out) throws IOException;
    }

    /**
     * What a training run wrote.
     *
     * @param model    the trained model
     * @param manifest the manifest beside the model file
     * @param outcomes the examples by outcome
     * @param accuracy the share of the examples the model gets right
     */
    record Written(AbstractModel model, Path manifest, Map<String, Integer> outcomes, double accuracy) {
    }

    /**
     * Trains a model on the examples of a set, writes it to {@code out} and a JSON manifest beside it (model, set,
     * articles, algorithm, examples by outcome, training accuracy).
     */
    static Written trainAndWrite(List<Event> events, AnnotatedSet set, Path out, ModelWriter writer)
            throws IOException {
        return trainAndWrite(events, set, out, writer, Map.of());
    }

    /** {@link #trainAndWrite(List, AnnotatedSet, Path, ModelWriter)}, with more fields at the end of the manifest. */
    static Written trainAndWrite(List<Event> events, AnnotatedSet set, Path out, ModelWriter writer,
                                 Map<String, Object> more) throws IOException {
        AbstractModel model = train(events);
        Map<String, Integer> outcomes = outcomes(events);
        double accuracy = accuracy(model, events);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream stream = Files.newOutputStream(out)) {
            writer.write(model, stream);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", out.getFileName().toString());
        m.put("set", set.name());
        m.put("articles", new ArrayList<>(set.articles().keySet()));
        m.put("algorithm", ALGORITHM);
        m.put("examples", events.size());
        m.put("outcomes", outcomes);
        m.put("trainingAccuracy", Math.round(accuracy * 10000) / 10000.0);
        m.putAll(more);
        return new Written(model, Manifests.write(out, m), outcomes, accuracy);
    }

    /** The article of an annotated file; a file that cannot be read is an error. */
    static Article article(Path file) {
        return new ArticleReader().readAll(List.of(file), problem -> {
            throw problem;
        }).get(0);
    }

    /** A model trained on the examples. */
    static AbstractModel train(List<Event> events) throws IOException {
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        params.put(TrainingParameters.ITERATIONS_PARAM, 100);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        params.put("L1Cost", 0.0);
        params.put("L2Cost", 1.0);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        return (AbstractModel) trainer.train(ObjectStreamUtils.createObjectStream(events));
    }

    /** How many examples each outcome has. */
    private static Map<String, Integer> outcomes(List<Event> events) {
        Map<String, Integer> outcomes = new TreeMap<>();
        events.forEach(e -> outcomes.merge(e.getOutcome(), 1, Integer::sum));
        return outcomes;
    }

    /** The share of the examples whose best outcome under the model is theirs. */
    private static double accuracy(AbstractModel model, List<Event> events) {
        long right = events.stream()
                .filter(e -> model.getBestOutcome(model.eval(e.getContext())).equals(e.getOutcome())).count();
        return events.isEmpty() ? 0 : (double) right / events.size();
    }
}
