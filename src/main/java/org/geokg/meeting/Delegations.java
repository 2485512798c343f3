package org.geokg.meeting;

import static org.geokg.meeting.SentenceLib.lower;
import static org.geokg.meeting.SentenceLib.mentionEndingAt;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.geokg.lexicon.EntityType;
import org.geokg.lexicon.Words;
import org.geokg.nlp.AnalyzedText;
import org.geokg.nlp.Sentence;
import org.geokg.resolve.ResolvedMention;

/**
 * Talks between the heads of delegation a paragraph about talks names, each for a state: "The 15th round of
 * boundary talks began Monday. X represented India while Y represented China", "X led the Indian delegation".
 */
final class Delegations {
    /** Verbs by which a person heads a state's side: "X represented India", "Y led the Chinese delegation". */
    private static final Set<String> REPRESENT_VERBS = Words.set("represent-verb");
    private static final Set<String> SUMMIT_WORDS = Words.set("summit-word");

    private Delegations() {
    }

    /** The talks of the heads of delegation a sentence names, when two or more people each represent a state. */
    static Optional<Meeting> headsOf(AnalyzedText text, Sentence sentence, List<ResolvedMention> agents,
                                     List<ResolvedMention> mentions) {
        Map<String, String> stateByPerson = new LinkedHashMap<>();
        int first = -1;
        for (int v = 1; v + 1 < sentence.size(); v++) {
            if (!REPRESENT_VERBS.contains(lower(sentence, v))) {
                continue;
            }
            int j = v + 1;
            while (j < sentence.size() && lower(sentence, j).equals("the")) {
                j++;
            }
            int at = j;
            ResolvedMention state = mentions.stream().filter(m -> m.mention().tokenBegin() == at
                    && m.mention().type() == EntityType.STATE).findFirst().orElse(null);
            int subject = Subjects.skipToSubject(sentence, v - 1, agents);
            ResolvedMention person = subject >= 0 ? mentionEndingAt(agents, subject + 1) : null;
            if (state != null && person != null && person.mention().type() == EntityType.PERSON
                    && !stateByPerson.containsValue(state.entity())) {
                stateByPerson.putIfAbsent(person.entity(), state.entity());
                first = first < 0 ? v : first;
            }
        }
        if (stateByPerson.size() < 2 || !talksInParagraph(text, sentence)
                || MeetingStatus.of(sentence, first) != Meeting.Status.OCCURRED) {
            return Optional.empty();
        }
        return Optional.of(new Meeting(Meeting.Kind.TALKS, Meeting.Status.OCCURRED,
                List.copyOf(stateByPerson.keySet()), null, null, null, List.of(sentence.index()), 0.6,
                "delegations:" + lower(sentence, first)));
    }

    /** Whether this sentence or one of the two before it in its paragraph speaks of talks or a meeting. */
    private static boolean talksInParagraph(AnalyzedText text, Sentence sentence) {
        for (int i = sentence.index(); i >= Math.max(0, sentence.index() - 2); i--) {
            Sentence s = text.sentences().get(i);
            if (s.paragraph() != sentence.paragraph()) {
                break;
            }
            for (int t = 0; t < s.size(); t++) {
                if (Triggers.isTriggerNoun(lower(s, t)) || SUMMIT_WORDS.contains(lower(s, t))) {
                    return true;
                }
            }
        }
        return false;
    }
}
