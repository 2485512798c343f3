package org.geokg.meeting;

import static org.geokg.meeting.Coordination.coordinatedFrom;
import static org.geokg.meeting.Coordination.isFiller;
import static org.geokg.meeting.SentenceLib.isStatementVerb;
import static org.geokg.meeting.SentenceLib.isTimeWord;
import static org.geokg.meeting.SentenceLib.lower;
import static org.geokg.meeting.SentenceLib.lowerAsWritten;
import static org.geokg.meeting.SentenceLib.mentionEndingAt;
import static org.geokg.meeting.SentenceLib.mentionStartingAt;

import java.util.List;
import java.util.Set;
import org.geokg.lexicon.Words;
import org.geokg.nlp.Sentence;
import org.geokg.nlp.Token;
import org.geokg.resolve.ResolvedMention;

/**
 * The subject of a verb among a sentence's agents: the agent just before it, past adverbs, auxiliaries, dates and an
 * appositive ("X, the foreign minister, met"); the antecedent of a relative clause ("X, who is in Doha meeting
 * with Y"); or the subject of the main clause after an opening phrase ("In a call with X, Y declared").
 */
final class Subjects {
    /** Nouns for the people of a side, after the demonyms that name the side: "Russian and Chinese delegations". */
    private static final Set<String> SIDE_NOUNS = Words.set("side-noun");
    private static final Set<String> SUBJECT_ADVERBS = Words.set("subject-adverb");
    private static final Set<String> OPENING_PREPOSITIONS = Words.set("opening-preposition");

    private Subjects() {
    }

    /** Whether a lower-case word opens a phrase before the main clause ("in", "during", "at", "after"). */
    static boolean isOpeningPreposition(String word) {
        return OPENING_PREPOSITIONS.contains(word);
    }

    /**
     * Index of the last token of the subject before position {@code j}, skipping adverbs, auxiliaries, dates and
     * an appositive between commas ("X, the foreign minister, met"), or -1.
     */
    static int skipToSubject(Sentence sentence, int j, List<ResolvedMention> agents) {
        while (j >= 0) {
            Token token = sentence.token(j);
            String w = lowerAsWritten(sentence, j);
            if (mentionEndingAt(agents, j + 1) != null) {
                return j;
            }
            if (SIDE_NOUNS.contains(w) && mentionEndingAt(agents, j) != null) {
                return j - 1; // "Russian and Chinese delegations held talks"
            }
            if (Pos.isAdverbial(token.pos()) || SUBJECT_ADVERBS.contains(w) || MeetingStatus.isModal(w)
                    || w.equals("to") || "NUM".equals(token.pos()) || isTimeWord(w)) {
                j--;
            } else if (w.equals(",") && mentionEndingAt(agents, j) != null) {
                return j - 1; // "Yemen's Foreign Minister, Abu Bakr al-Qirbi, asked"
            } else if (w.equals(",")) {
                int open = j - 1;
                while (open >= Math.max(0, j - 12) && !lower(sentence, open).equals(",")) {
                    open--;
                }
                if (open < 1 || mentionEndingAt(agents, open) == null) {
                    return -1;
                }
                j = open - 1;
            } else {
                return relativeClauseSubject(sentence, j, agents);
            }
        }
        return -1;
    }

    /**
     * The last token of the name before an appositive that ends at the comma {@code k} ("X, China's Assistant
     * Foreign Minister,"), or -1 when the phrase between the commas holds a verb or is not after a name.
     */
    static int beforeAppositive(Sentence sentence, int k, List<ResolvedMention> agents) {
        for (int open = k - 1; open >= Math.max(1, k - 10); open--) {
            String pos = sentence.token(open).pos();
            if ("VERB".equals(pos) || "AUX".equals(pos)) {
                return -1;
            }
            if (lower(sentence, open).equals(",")) {
                return mentionEndingAt(agents, open) != null ? open - 1 : -1;
            }
        }
        return -1;
    }

    /** "X, who is in Doha meeting with Y": the last token of X, or -1. */
    private static int relativeClauseSubject(Sentence sentence, int j, List<ResolvedMention> agents) {
        for (int i = j; i >= Math.max(2, j - 10); i--) {
            String w = lower(sentence, i);
            if ((w.equals("who") || w.equals("which")) && lower(sentence, i - 1).equals(",")
                    && mentionEndingAt(agents, i - 1) != null) {
                return i - 2;
            }
            if (isStatementVerb(w) || w.equals(";")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The subject of the main clause around a trigger in a prepositional phrase, with the agents coordinated with
     * it: "In a telephone conversation with X, Y declared" → Y; "At a meeting in Jerusalem, Tuesday, X and Y agreed"
     * → X, Y; "X said ... during her visit to Z" → X; "X and Y ... in the 15th round of boundary talks" → X, Y.
     */
    static List<String> clauseSubject(Sentence sentence, int t, List<ResolvedMention> agents) {
        boolean introductory = sentence.size() > 0 && isOpeningPreposition(lower(sentence, 0));
        for (int i = 0; i < t && introductory; i++) {
            introductory = !lower(sentence, i).equals(",");
        }
        if (introductory) {
            int opening = t + 1; // the comma that ends the opening phrase
            while (opening < sentence.size() && !lower(sentence, opening).equals(",")) {
                opening++;
            }
            int verb = opening; // the main clause's subject is in the last phrase set off before its verb
            while (verb < sentence.size() && !Pos.isVerb(sentence.token(verb).pos())) {
                verb++;
            }
            for (int i = verb - 1; i >= opening; i--) {
                if (lower(sentence, i).equals(",")) {
                    int j = i + 1;
                    while (j < sentence.size() && isFiller(sentence, j, agents) && !lower(sentence, j).equals(",")) {
                        j++;
                    }
                    if (j < sentence.size() && mentionStartingAt(agents, j) != null) {
                        return coordinatedFrom(sentence, j, agents);
                    }
                }
            }
            return List.of();
        }
        for (ResolvedMention agent : agents) {
            int begin = agent.mention().tokenBegin();
            if (begin >= t) {
                return List.of();
            }
            int j = begin - 1;
            while (j >= 0 && isFiller(sentence, j, agents) && !lower(sentence, j).equals(",")) {
                j--;
            }
            boolean afterIntroduction = j >= 1 && j <= 6 && lower(sentence, j).equals(",")
                    && isOpeningPreposition(lower(sentence, 0)); // "On Thursday, NATO leaders ..."
            if (j < 0 || afterIntroduction) {
                for (int i = agent.mention().tokenEnd(); i < t; i++) {
                    if (isStatementVerb(lower(sentence, i)) || lower(sentence, i).equals("that")) {
                        return List.of();
                    }
                }
                return coordinatedFrom(sentence, begin, agents);
            }
        }
        return List.of();
    }
}
