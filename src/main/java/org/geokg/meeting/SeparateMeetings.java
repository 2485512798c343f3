package org.geokg.meeting;

import static org.geokg.meeting.SentenceLib.lower;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.geokg.lexicon.Words;
import org.geokg.nlp.Sentence;
import org.geokg.resolve.ResolvedMention;

/**
 * Meetings held separately: "X met separately with A and B", "X will hold separate talks with A, B and C" are X's
 * meetings with each of them, and A and B do not meet; with no one named before the trigger, no one meets anyone.
 *
 * <p>Stateless.
 */
final class SeparateMeetings {
    /** Words that make a trigger's partners met one by one: "separate", "separately". */
    private static final Set<String> SEPARATE_WORDS = Words.set("separate-word");
    /** How many words before or after the trigger the separating word may stand: "held separate talks". */
    private static final int REACH = 2;

    private SeparateMeetings() {
    }

    /** The meeting a trigger at {@code t} reports, split into one meeting per partner when held separately. */
    static List<Meeting> split(Meeting meeting, Sentence sentence, Trigger trigger, List<ResolvedMention> agents) {
        int t = trigger.index();
        if (meeting.participants().size() < 3 || !separately(sentence, t)) {
            return List.of(meeting);
        }
        List<String> left = TriggerAgents.left(sentence, t, trigger.noun(), agents);
        if (left.size() != 1 || !meeting.participants().contains(left.get(0))) {
            return List.of(); // "separate talks with A, B and C", by someone unnamed: A, B and C do not meet
        }
        String party = left.get(0);
        List<Meeting> each = new ArrayList<>();
        for (String partner : meeting.participants()) {
            if (!partner.equals(party)) {
                String host = party.equals(meeting.host()) || partner.equals(meeting.host()) ? meeting.host() : null;
                each.add(new Meeting(meeting.kind(), meeting.status(), List.of(party, partner), host, meeting.place(),
                        meeting.date(), meeting.evidence(), meeting.confidence(), meeting.rule() + "+separate"));
            }
        }
        return each;
    }

    private static boolean separately(Sentence sentence, int t) {
        for (int i = Math.max(0, t - REACH); i < Math.min(sentence.size(), t + REACH + 1); i++) {
            if (SEPARATE_WORDS.contains(lower(sentence, i))) {
                return true;
            }
        }
        return false;
    }
}
