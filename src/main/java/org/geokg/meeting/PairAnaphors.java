package org.geokg.meeting;

import static org.geokg.meeting.SentenceLib.lower;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.geokg.lexicon.EntityType;
import org.geokg.nlp.AnalyzedText;
import org.geokg.nlp.Sentence;
import org.geokg.resolve.ResolvedMention;

/**
 * "The two countries held talks", "the two leaders met" when no meeting was reported before them: the pair of states
 * or people the article named last, joined by "and", in the sentences just before ("India and Pakistan have been
 * rivals for decades. The two countries held talks in Islamabad on Monday.").
 *
 * <p>Made per article; immutable.
 */
final class PairAnaphors {
    /** How many sentences back the pair may be named. */
    private static final int SENTENCES_BACK = 2;

    private final AnalyzedText text;
    private final ArticleAgents article;
    private final MeetingDates dates;

    PairAnaphors(AnalyzedText text, ArticleAgents article, MeetingDates dates) {
        this.text = text;
        this.article = article;
        this.dates = dates;
    }

    /** The meeting of the pair named before that "the two N" before a trigger stands for, if any. */
    Optional<Meeting> meeting(Sentence sentence, Trigger trigger, List<ResolvedMention> mentions, StatusJudge judge,
                              LocalDate published) {
        int t = trigger.index();
        if (!TriggeredMeetings.twoOfThem(sentence, t) || trigger.planned() || trigger.hosting()) {
            // "the two leaders welcomed the relationship": one hosts a person, not a pair
            return Optional.empty();
        }
        List<String> pair = pairBefore(sentence.index());
        if (pair.isEmpty()) {
            return Optional.empty();
        }
        Meeting.Status status = judge.status(sentence, trigger);
        return Optional.of(new Meeting(trigger.kind(), status, pair, null, MeetingPlaces.place(sentence, t, mentions),
                dates.date(sentence, t, published, status), List.of(sentence.index()), 0.6,
                (trigger.noun() ? "noun:" : "verb:") + lower(sentence, t) + "+two-named-before"));
    }

    /** The last two people or two states joined by "and" in the sentences just before, or none. */
    private List<String> pairBefore(int index) {
        for (int s = index - 1; s >= Math.max(0, index - SENTENCES_BACK); s--) {
            Sentence before = text.sentences().get(s);
            List<ResolvedMention> agents = article.agents(before);
            for (int a = agents.size() - 1; a >= 0; a--) {
                ResolvedMention first = agents.get(a);
                List<String> joined = Coordination.coordinatedFrom(before, first.mention().tokenBegin(), agents);
                if (joined.size() == 2 && !joined.get(0).equals(joined.get(1)) && peopleOrStates(joined, agents)) {
                    return joined;
                }
            }
        }
        return List.of();
    }

    /** Whether a pair is two people or two states: "the two leaders", "the two countries"; not two bodies. */
    private static boolean peopleOrStates(List<String> pair, List<ResolvedMention> agents) {
        return Stream.of(EntityType.PERSON, EntityType.STATE).anyMatch(type -> pair.stream().allMatch(key ->
                agents.stream().anyMatch(m -> key.equals(m.entity()) && m.mention().type() == type)));
    }
}
