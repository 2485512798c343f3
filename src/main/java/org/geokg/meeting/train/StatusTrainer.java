package org.geokg.meeting.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.ml.model.Event;
import org.geokg.article.Article;
import org.geokg.eval.AnnotatedSet;
import org.geokg.eval.GoldMeeting;
import org.geokg.eval.Names;
import org.geokg.extract.ArticleAnalysis;
import org.geokg.extract.ExtractionModels;
import org.geokg.extract.Extractor;
import org.geokg.lexicon.EntityType;
import org.geokg.meeting.StatusInstances;
import org.geokg.meeting.StatusModel;
import org.geokg.nlp.Sentence;
import org.geokg.resolve.EntityKeys;
import org.geokg.resolve.EntityResolver;
import org.geokg.resolve.Voice;
import org.geokg.syntax.DependencyParser;

/**
 * Trains the {@link StatusModel} on annotated articles: each trigger whose sentence states an annotated meeting (the
 * annotation's evidence is that sentence, and two of its participants are agents of it) is an example of that
 * meeting's status. A maxent model (L-BFGS with an L2 penalty, on one thread: the same articles give the same model)
 * learns them. Writes the model and a JSON manifest beside it.
 */
public final class StatusTrainer {
    /** Share of an evidence string's words a sentence must hold to be its sentence. */
    private static final double EVIDENCE_OVERLAP = 0.7;

    private StatusTrainer() {
    }

    /**
     * What a training run produced.
     *
     * @param status   the model
     * @param model    the model file
     * @param manifest the manifest beside it
     * @param outcomes the examples by status
     * @param accuracy the share of the examples the model gets right
     */
    public record Result(StatusModel status, Path model, Path manifest, Map<String, Integer> outcomes,
                         double accuracy) {
    }

    /** Trains on every article of a set, with the extractor over the models; writes the model to {@code out}. */
    public static Result train(AnnotatedSet set, ExtractionModels models, Path out) throws IOException {
        MaxentTraining.Written written = MaxentTraining.trainAndWrite(events(set, models.withoutStatusModel()), set,
                out, (model, stream) -> new StatusModel(model).write(stream));
        return new Result(new StatusModel(written.model()), out, written.manifest(), written.outcomes(),
                written.accuracy());
    }

    /** A model trained on every article of a set, with the extractor over the models, not written anywhere. */
    static StatusModel model(AnnotatedSet set, ExtractionModels models) throws IOException {
        return new StatusModel(MaxentTraining.train(events(set, models.withoutStatusModel())));
    }

    /** The examples of a set: the status features of each trigger whose sentence states an annotated meeting. */
    static List<Event> events(AnnotatedSet set, ExtractionModels models) {
        Extractor extractor = new Extractor(models);
        DependencyParser parser = models.parser().newParser();
        List<Event> events = new ArrayList<>();
        for (Map.Entry<String, Path> entry : set.articles().entrySet()) {
            Article article = MaxentTraining.article(entry.getValue());
            ArticleAnalysis analysis = extractor.analyze(article);
            String voice = Voice.stateOf(article.metadata().get("publisher"), models.gazetteer())
                    .map(state -> EntityKeys.of(EntityType.STATE, state.name())).orElse(null);
            EntityResolver.Resolution resolution = new EntityResolver.Resolution(analysis.mentions(),
                    analysis.entities(), analysis.positions(), analysis.actingAgents(), voice);
            List<GoldMeeting> gold = set.gold().stream().filter(g -> g.doc().equals(entry.getKey())).toList();
            for (StatusInstances.Instance instance : StatusInstances.of(analysis.text(), resolution, parser,
                    article.published())) {
                Sentence sentence = analysis.text().sentences().get(instance.sentence());
                String text = analysis.text().span(sentence.begin(), sentence.end());
                gold.stream().filter(g -> states(g, text) && twoAgents(g, instance.agents())).findFirst()
                        .ifPresent(g -> events.add(new Event(g.status(), instance.features().toArray(new String[0]))));
            }
        }
        return events;
    }

    /** Whether a sentence is the evidence of an annotation: one holds the other, or most of its words. */
    private static boolean states(GoldMeeting gold, String sentence) {
        if (gold.evidence() == null) {
            return false;
        }
        String a = sentence.replaceAll("\\s+", " ").strip();
        String b = gold.evidence().replaceAll("\\s+", " ").strip();
        if (a.contains(b) || b.contains(a)) {
            return true;
        }
        Set<String> words = new HashSet<>(Arrays.asList(a.toLowerCase(Locale.ROOT).split("\\W+")));
        List<String> evidence = Arrays.asList(b.toLowerCase(Locale.ROOT).split("\\W+"));
        long common = evidence.stream().filter(words::contains).count();
        return common >= EVIDENCE_OVERLAP * Math.max(words.size(), evidence.size());
    }

    /** Whether two participants of an annotation are two different agents of the sentence. */
    private static boolean twoAgents(GoldMeeting gold, List<List<String>> agents) {
        Set<Integer> matched = new HashSet<>();
        for (String participant : gold.participants()) {
            for (int i = 0; i < agents.size(); i++) {
                if (!matched.contains(i) && Names.anySame(new HashSet<>(agents.get(i)), participant)) {
                    matched.add(i);
                    break;
                }
            }
        }
        return matched.size() >= 2;
    }
}
