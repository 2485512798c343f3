package org.geokg.meeting;

import static org.geokg.meeting.SentenceLib.lower;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.geokg.lexicon.EntityType;
import org.geokg.lexicon.Words;
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
    /** Nouns after "two" that refer to a pair named before: "leaders", "countries", "sides". */
    private static final Set<String> PAIR_NOUNS = Words.set("pair-noun");
    /** How many sentences back the pair may be named. */
    private static final int SENTENCES_BACK = 2;
    /** How many words before its trigger "the two N" may stand. */
    private static final int WORDS_BEFORE = 4;

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
        if (!twoBefore(sentence, t) || trigger.planned() || trigger.hosting()) {
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

    /** Whether "two" and a pair noun stand shortly before a trigger: "The two countries held talks". */
    private static boolean twoBefore(Sentence sentence, int t) {
        for (int i = Math.max(0, t - WORDS_BEFORE); i + 1 < t; i++) {
            if (lower(sentence, i).equals("two") && PAIR_NOUNS.contains(lower(sentence, i + 1))) {
                return true;
            }
        }
        return false;
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
