package org.geokg.meeting.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import opennlp.tools.ml.model.Event;
import org.geokg.article.Article;
import org.geokg.eval.AnnotatedSet;
import org.geokg.eval.GoldMeeting;
import org.geokg.eval.MeetingEvaluator;
import org.geokg.eval.PredictedMeeting;
import org.geokg.extract.ArticleAnalysis;
import org.geokg.extract.ExtractionModels;
import org.geokg.extract.Extractor;
import org.geokg.meeting.ConfidenceModel;
import org.geokg.meeting.Meeting;
import org.geokg.resolve.Entity;

/**
 * Trains the {@link ConfidenceModel} on annotated articles: each meeting the extractor finds in them is an example,
 * right when most of its participant pairs are annotated pairs of its article in its group of status (took place;
 * planned or called off), wrong otherwise. Writes the model and a JSON manifest beside it.
 */
public final class ConfidenceTrainer {
    private ConfidenceTrainer() {
    }

    /**
     * What a training run produced.
     *
     * @param model    the model file
     * @param manifest the manifest beside it
     * @param outcomes the examples by outcome (right, wrong)
     * @param accuracy the share of the examples the model gets right
     */
    public record Result(Path model, Path manifest, Map<String, Integer> outcomes, double accuracy) {
    }

    /**
     * Trains on the meetings the extractor over the models (without a confidence model) finds in a set; writes the
     * model to {@code out}, with the threshold below which a meeting is dropped and whether the models propose the
     * pairs no rule found in its manifest.
     */
    public static Result train(AnnotatedSet set, ExtractionModels models, double threshold, Path out)
            throws IOException {
        boolean pairs = models.meetings().proposesPairs();
        Map<String, Object> choices = new LinkedHashMap<>();
        choices.put("threshold", threshold);
        choices.put("proposesPairs", pairs);
        MaxentTraining.Written written = MaxentTraining.trainAndWrite(events(set, models), set, out,
                (model, stream) -> new ConfidenceModel(model, threshold, pairs).write(stream), choices);
        return new Result(out, written.manifest(), written.outcomes(), written.accuracy());
    }

    /**
     * A model trained on a set, as {@link #train} does, that keeps every meeting; not written anywhere. Empty when the
     * meetings found there are all right or all wrong, which teaches nothing.
     */
    static Optional<ConfidenceModel> model(AnnotatedSet set, ExtractionModels models) throws IOException {
        List<Event> events = events(set, models);
        if (events.stream().map(Event::getOutcome).distinct().count() < 2) {
            return Optional.empty();
        }
        return Optional.of(new ConfidenceModel(MaxentTraining.train(events), 0, models.meetings().proposesPairs()));
    }

    /** The examples of a set: the features of each meeting found, labelled right or wrong. */
    static List<Event> events(AnnotatedSet set, ExtractionModels models) {
        Extractor extractor = new Extractor(models);
        List<Event> events = new ArrayList<>();
        for (Map.Entry<String, Path> entry : set.articles().entrySet()) {
            Article article = MaxentTraining.article(entry.getValue());
            ArticleAnalysis analysis = extractor.analyze(article);
            List<GoldMeeting> gold = set.gold().stream().filter(g -> g.doc().equals(entry.getKey())).toList();
            for (Meeting meeting : analysis.meetings()) {
                PredictedMeeting found = new PredictedMeeting(entry.getKey(), names(meeting, analysis.entities()),
                        null, null, meeting.kind().name(), meeting.status().name().toLowerCase(Locale.ROOT), null,
                        meeting.confidence());
                int[] right = MeetingEvaluator.rightPairs(gold, found);
                events.add(new Event(right[0] * 2 > right[1] ? ConfidenceModel.RIGHT : ConfidenceModel.WRONG,
                        ConfidenceModel.features(meeting, analysis.text(), analysis.mentions(),
                                article.published())));
            }
        }
        return events;
    }

    /** Each participant's names: its label, then its aliases. */
    private static List<Set<String>> names(Meeting meeting, Map<String, Entity> entities) {
        return meeting.participants().stream().map(key -> (Set<String>) new LinkedHashSet<>(
                entities.containsKey(key) ? entities.get(key).names() : List.of(key))).toList();
    }
}
