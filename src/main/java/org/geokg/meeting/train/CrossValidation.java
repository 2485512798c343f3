package org.geokg.meeting.train;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.geokg.eval.AnnotatedSet;
import org.geokg.eval.GoldMeeting;
import org.geokg.eval.MeetingEvaluator;
import org.geokg.eval.MeetingScores;
import org.geokg.eval.PairCounts;
import org.geokg.eval.PredictedMeeting;
import org.geokg.extract.ExtractionModels;
import org.geokg.meeting.ConfidenceModel;
import org.geokg.meeting.MeetingModels;
import org.geokg.meeting.StatusModel;

/**
 * Cross-validation of the meeting models by article: the articles of a set, in the order of their ids, are dealt
 * into folds; the models are trained on all folds but one and find the meetings of that one, so that every article
 * is scored by models that never saw it. The pooled predictions are scored at each threshold of confidence, and the
 * threshold with the best pair F1 over both groups of status (took place; planned or called off) on the articles to
 * choose on, averaged with the thresholds next to it, is chosen: all of them, or a part that no rule was written
 * from, whose scores do not flatter the rules.
 * A fold whose training articles give no wrong meeting (or no right one) has no confidence model, and keeps its
 * meetings at every threshold.
 */
public final class CrossValidation {
    /** The thresholds tried: 0 (keep all) to 0.9 by 0.05. */
    private static final int STEPS = 19;
    private static final double STEP = 0.05;

    private CrossValidation() {
    }

    /**
     * The scores at one threshold.
     *
     * @param threshold the confidence below which meetings were dropped
     * @param scores    the pooled scores of all folds at it
     * @param chosenOn  the pooled scores of the articles the threshold is chosen on
     */
    public record Row(double threshold, MeetingScores scores, MeetingScores chosenOn) {
        /** The pair counts of both groups of status together, on the articles the threshold is chosen on. */
        public PairCounts all() {
            return chosenOn.occurred().plus(chosenOn.planned());
        }
    }

    /**
     * A cross-validation's outcome.
     *
     * @param folds         how many folds
     * @param proposesPairs whether the extractor proposed the pairs no rule found, for the model to decide
     * @param rows          the scores at each threshold tried, from 0 up
     * @param chosen        the row of the best pair F1 over both groups on the articles to choose on, averaged with
     *                      the rows next to it (the lowest threshold on a tie)
     */
    public record Result(int folds, boolean proposesPairs, List<Row> rows, Row chosen) {
    }

    /**
     * Cross-validates the status and confidence models over a set in {@code folds} folds, with the other models of
     * {@code models}, proposing the pairs no rule found or not, choosing the threshold on the articles whose ids pass
     * {@code chooseOn}; {@code threads} threads find the meetings; inputs the ingest skips go to {@code onSkip}.
     */
    public static Result run(AnnotatedSet set, ExtractionModels models, int folds, boolean proposesPairs,
                             Predicate<String> chooseOn, int threads, Consumer<String> onSkip) throws IOException {
        if (folds < 2 || folds > set.articles().size()) {
            throw new IllegalArgumentException("folds must be from 2 to the number of articles ("
                    + set.articles().size() + "): " + folds);
        }
        Map<String, Integer> foldOf = new HashMap<>();
        int i = 0;
        for (String id : set.articles().keySet()) {
            foldOf.put(id, i++ % folds);
        }
        List<PredictedMeeting> predicted = new ArrayList<>();
        for (int k = 0; k < folds; k++) {
            int fold = k;
            AnnotatedSet training = set.subset(set.name() + "-without-" + k, id -> foldOf.get(id) != fold);
            AnnotatedSet scored = set.subset(set.name() + "-fold-" + k, id -> foldOf.get(id) == fold);
            StatusModel status = StatusTrainer.model(training, models);
            Optional<ConfidenceModel> confidence = ConfidenceTrainer.model(training,
                    models.withMeetingModels(new MeetingModels(Optional.of(status), Optional.empty(), proposesPairs)));
            predicted.addAll(scored.predicted(models.withMeetingModels(
                    new MeetingModels(Optional.of(status), confidence, proposesPairs)), threads, onSkip));
        }
        List<GoldMeeting> chosenGold = set.gold().stream().filter(g -> chooseOn.test(g.doc())).toList();
        List<Row> rows = new ArrayList<>();
        Row chosen = null;
        for (int step = 0; step < STEPS; step++) {
            double threshold = Math.round(step * STEP * 100) / 100.0;
            List<PredictedMeeting> kept = predicted.stream()
                    .filter(p -> Double.isNaN(p.confidence()) || p.confidence() >= threshold).toList();
            Row row = new Row(threshold, MeetingEvaluator.score(set.gold(), kept, set.negatives()),
                    MeetingEvaluator.score(chosenGold, kept.stream().filter(p -> chooseOn.test(p.doc())).toList(),
                            set.negatives()));
            rows.add(row);
        }
        double best = -1;
        for (int step = 0; step < rows.size(); step++) {
            double f1 = smoothedF1(rows, step);
            if (f1 > best) { // the lowest threshold on a tie
                best = f1;
                chosen = rows.get(step);
            }
        }
        return new Result(folds, proposesPairs, rows, chosen);
    }

    /**
     * The pair F1 over both groups on the articles chosen on at a row, averaged with the rows next to it: one pair more
     * or less on a small set does not swing the choice to a lone peak.
     */
    private static double smoothedF1(List<Row> rows, int step) {
        double sum = 0;
        int n = 0;
        for (int k = Math.max(0, step - 1); k <= Math.min(rows.size() - 1, step + 1); k++) {
            sum += rows.get(k).all().f1();
            n++;
        }
        return sum / n;
    }
}
