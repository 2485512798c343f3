package org.geokg.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.geokg.nlp.AnalyzedText;
import org.geokg.nlp.Sentence;
import org.geokg.resolve.Entity;
import org.geokg.resolve.EntityResolver;
import org.geokg.resolve.ResolvedMention;
import org.geokg.syntax.DependencyParser;

/**
 * The triggers of an article as the status model sees them, to train it on annotated articles: each trigger of a
 * meeting or a visit that is not negated, with the agents of its sentence (to match it with an annotation) and its
 * status features.
 */
public final class StatusInstances {
    private StatusInstances() {
    }

    /**
     * One trigger.
     *
     * @param sentence the index of its sentence
     * @param agents   the agents of its sentence, each with the names it goes by (its entity's label and aliases)
     * @param features its status features
     */
    public record Instance(int sentence, List<List<String>> agents, List<String> features) {
        public Instance {
            agents = List.copyOf(agents);
            features = List.copyOf(features);
        }
    }

    /** The triggers of an article. */
    public static List<Instance> of(AnalyzedText text, EntityResolver.Resolution resolution, DependencyParser parser,
                                    LocalDate published) {
        ArticleAgents article = ArticleAgents.of(text, resolution);
        StatusJudge judge = new StatusJudge(parser, null, new MeetingDates(), published, text);
        List<Instance> instances = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            List<ResolvedMention> agents = article.agents(sentence);
            for (int t = 0; t < sentence.size(); t++) {
                Trigger trigger = Triggers.at(sentence, t);
                if (trigger == null && Visits.isVisit(sentence, t)) {
                    trigger = Visits.trigger(sentence, t);
                } else if (trigger == null && Attendances.isAttendance(sentence, t)) {
                    trigger = Attendances.trigger(t);
                }
                if (trigger == null || trigger.planned() || MeetingStatus.isNegated(sentence, t)) {
                    continue;
                }
                instances.add(new Instance(sentence.index(), names(agents, resolution),
                        judge.features(sentence, trigger)));
            }
        }
        return instances;
    }

    private static List<List<String>> names(List<ResolvedMention> agents, EntityResolver.Resolution resolution) {
        List<List<String>> names = new ArrayList<>();
        for (ResolvedMention agent : agents) {
            List<String> of = new ArrayList<>();
            of.add(agent.mention().name());
            Entity entity = resolution.entities().get(agent.entity());
            if (entity != null) {
                of.addAll(entity.names());
            }
            names.add(of);
        }
        return names;
    }
}
