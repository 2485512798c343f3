package org.geokg.meeting.train;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * How the meeting models are trained: maxent by L-BFGS with an L2 penalty of 1, 100 iterations, cutoff 1, on one
 * thread, so that the same examples give the same model.
 */
final class MaxentTraining {
    /** The training parameters, as the manifests state them. */
    static final String ALGORITHM = "MAXENT_QN, L2 1.0, 100 iterations, cutoff 1, 1 thread";

    private MaxentTraining() {
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
    static Map<String, Integer> outcomes(List<Event> events) {
        Map<String, Integer> outcomes = new TreeMap<>();
        events.forEach(e -> outcomes.merge(e.getOutcome(), 1, Integer::sum));
        return outcomes;
    }

    /** The share of the examples whose best outcome under the model is theirs. */
    static double accuracy(AbstractModel model, List<Event> events) {
        long right = events.stream()
                .filter(e -> model.getBestOutcome(model.eval(e.getContext())).equals(e.getOutcome())).count();
        return events.isEmpty() ? 0 : (double) right / events.size();
    }
}
