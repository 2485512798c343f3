package org.geokg.meeting;

import static org.geokg.meeting.SentenceLib.TRIGGER_REACH;
import static org.geokg.meeting.SentenceLib.lower;

import java.util.List;
import java.util.Set;
import org.geokg.lexicon.Words;
import org.geokg.nlp.Sentence;
import org.geokg.resolve.ResolvedMention;

/**
 * Whether a meeting took place, from the words around its trigger: a negated or supposed trigger ("did not meet",
 * "whether they would meet") reports none;
 * a modal or future word before it ("will meet", "plans to hold talks", "when X visits India") makes it planned,
 * a word of calling it off near it ("the talks were postponed") cancelled.
 */
final class MeetingStatus {
    private static final Set<String> NEGATIONS = Words.set("negation");
    private static final Set<String> MODALS = Words.set("modal");
    private static final Set<String> CANCEL_WORDS = Words.set("cancel-word");
    private static final Set<String> CLAUSE_ENDS = Words.set("clause-end");
    private static final Set<String> FUTURE_WORDS = Words.set("future-word");
    private static final Set<String> FUTURE_CONJUNCTIONS = Words.set("future-conjunction");
    private static final Set<String> SUPPOSING_WORDS = Words.set("supposing-word");
    /** Ordinals and superlatives whose infinitive reports what happened: "the first leader to visit". */
    private static final Set<String> ORDINAL_WORDS = Words.set("ordinal-word");
    /** Nouns whose "for" looks ahead to a meeting: "a proposal for a conference", "plans for talks". */
    private static final Set<String> PROSPECT_NOUNS = Words.set("prospect-noun");
    /** Words that look ahead to what follows their "of": "ahead of X's visit". */
    private static final Set<String> PROSPECTIVE_WORDS = Words.set("prospective-word");
    /** The most words of a noun phrase before its trigger noun: "ahead of Pakistani President X's visit". */
    private static final int PHRASE_REACH = 8;
    /** Most words between such an ordinal and its "to": "the first Russian or Soviet leader to". */
    private static final int ORDINAL_REACH = 7;
    /** How far before a trigger a word of supposing may open its clause. */
    private static final int SUPPOSING_REACH = 8;

    private MeetingStatus() {
    }

    /**
     * Whether a trigger reports no meeting: a negation stands within the three words before it ("did not meet",
     * "refused to meet"), or a word of supposing opens its clause ("asked whether Iran would engage in talks", "if
     * they meet").
     */
    static boolean isNegated(Sentence sentence, int t) {
        for (int i = Math.max(0, t - 3); i < t; i++) {
            if (NEGATIONS.contains(lower(sentence, i))) {
                return true;
            }
        }
        for (int i = t - 1; i >= Math.max(0, t - SUPPOSING_REACH); i--) {
            String w = lower(sentence, i);
            if (CLAUSE_ENDS.contains(w)) {
                return false;
            }
            if (SUPPOSING_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a lower-case word makes the trigger after it planned ("will", "plans", "upcoming"). */
    static boolean isModal(String word) {
        return MODALS.contains(word);
    }

    /** Whether a lower-case word speaks of the future ("will", "going", "scheduled"). */
    static boolean isFutureWord(String word) {
        return FUTURE_WORDS.contains(word);
    }

    /** Whether a lower-case word calls a meeting off ("cancelled", "postponed"). */
    static boolean isCancelWord(String word) {
        return CANCEL_WORDS.contains(word);
    }

    /** The status of the meeting a trigger reports, from the words around it. */
    static Meeting.Status of(Sentence sentence, int t) {
        for (int i = Math.max(0, t - 4); i < Math.min(sentence.size(), t + TRIGGER_REACH); i++) {
            String w = lower(sentence, i);
            if (i > t + 3 && CLAUSE_ENDS.contains(w)) {
                break;
            }
            if (CANCEL_WORDS.contains(w) && (!w.equals("off") || i > 0 && lower(sentence, i - 1).equals("called"))) {
                return Meeting.Status.CANCELLED;
            }
        }
        for (int i = Math.max(0, t - 4); i < t; i++) {
            String w = lower(sentence, i);
            if (MODALS.contains(w) || w.equals("to") && (i == t - 1 || lightVerbsOnly(sentence, i + 1, t))
                    && !afterOrdinal(sentence, i)) {
                return Meeting.Status.PLANNED; // "to meet", "was to hold talks", "agreed to resume their talks"
            }
        }
        if (lower(sentence, t).endsWith("s") && "VERB".equals(sentence.token(t).pos())) {
            for (int i = Math.max(0, t - 6); i < t; i++) {
                if (FUTURE_CONJUNCTIONS.contains(lower(sentence, i))) {
                    return Meeting.Status.PLANNED; // "when X visits India": a future visit
                }
            }
        }
        return prospectivePhrase(sentence, t) ? Meeting.Status.PLANNED : Meeting.Status.OCCURRED;
    }

    /**
     * Whether a trigger is a gerund after a word of what is still to come: "ahead of meeting", "before visiting". The
     * meeting is still to come whatever the tense of its clause.
     */
    static boolean prospectiveGerund(Sentence sentence, int t) {
        if (!lower(sentence, t).endsWith("ing") || t == 0) {
            return false;
        }
        int before = lower(sentence, t - 1).equals("of") ? t - 2 : t - 1;
        return before >= 0 && PROSPECTIVE_WORDS.contains(lower(sentence, before));
    }

    /**
     * Whether a trigger noun heads a phrase of what is still to come: "ahead of Pakistani President X's visit", "a
     * proposal for a Middle East peace conference", "plans for talks".
     */
    private static boolean prospectivePhrase(Sentence sentence, int t) {
        if (Pos.isVerb(sentence.token(t).pos())) {
            return false;
        }
        int k = t - 1;
        while (k >= 0 && t - k <= PHRASE_REACH && (Pos.isNounPhraseWord(sentence.token(k).pos())
                || SentenceLib.isPossessive(lower(sentence, k)))) {
            k--;
        }
        if (k < 1) {
            return false;
        }
        String before = lower(sentence, k - 1);
        return lower(sentence, k).equals("of") && PROSPECTIVE_WORDS.contains(before)
                || lower(sentence, k).equals("for") && PROSPECT_NOUNS.contains(before);
    }

    /**
     * Whether an infinitive's "to" follows an ordinal or a superlative that it completes, which reports what has
     * happened: "the first Russian leader to visit Israel", "the most senior U.S. official to visit Kosovo".
     */
    private static boolean afterOrdinal(Sentence sentence, int to) {
        for (int k = to - 1; k >= Math.max(0, to - ORDINAL_REACH); k--) {
            String w = lower(sentence, k);
            if (ORDINAL_WORDS.contains(w)) {
                return k > 0 && lower(sentence, k - 1).equals("the");
            }
            if (Pos.isVerb(sentence.token(k).pos()) || w.equals(",")) {
                return false;
            }
        }
        return false;
    }

    /** Whether the words from {@code from} to a trigger noun are a light verb and its modifiers: "hold separate". */
    private static boolean lightVerbsOnly(Sentence sentence, int from, int t) {
        boolean verb = false;
        for (int k = from; k < t; k++) {
            String pos = sentence.token(k).pos();
            if (TriggerAgents.isLightVerb(lower(sentence, k))) {
                verb = true;
            } else if (!Pos.isModifier(pos) && !lower(sentence, k).equals("their")) {
                return false;
            }
        }
        return verb;
    }

    /** The status of a trigger whose subject stands far before it: a future word in between makes it planned. */
    static Meeting.Status fromSubject(Sentence sentence, int t, List<ResolvedMention> agents, List<String> subject) {
        int from = agents.stream().filter(a -> subject.contains(a.entity())).mapToInt(a -> a.mention().tokenEnd())
                .min().orElse(t);
        for (int i = from; i < t; i++) {
            if (FUTURE_WORDS.contains(lower(sentence, i))) {
                return Meeting.Status.PLANNED;
            }
        }
        return of(sentence, t);
    }
}
