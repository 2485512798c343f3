package org.geokg.meeting;

import static org.geokg.meeting.SentenceLib.TRIGGER_REACH;
import static org.geokg.meeting.SentenceLib.lower;
import static org.geokg.meeting.SentenceLib.lowerAsWritten;
import static org.geokg.meeting.SentenceLib.mentionStartingAt;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.geokg.lexicon.EntityType;
import org.geokg.lexicon.Titles;
import org.geokg.lexicon.Words;
import org.geokg.nlp.Sentence;
import org.geokg.nlp.Token;
import org.geokg.resolve.ResolvedMention;

/**
 * Agents coordinated in a list ("X, Y and Z"), and the words that may stand between agents and their trigger
 * without breaking the list ("with his Chinese counterpart X"). A list joined only by commas is an appositive
 * ("X, president of Y"), of which only the first agent counts.
 */
final class Coordination {
    private static final Set<String> FILLERS = Words.set("agent-filler");
    private static final Set<String> MEMBER_WORDS = Words.set("member-preposition");
    /** Words inside a title that ties it to a state or body: "Minister for Trade", "Chairman of X", "X's". */
    private static final Set<String> LIST_QUALIFIER_WORDS = Words.set("list-qualifier-word");
    /** How many words a title and its qualifiers may take between two people of a list. */
    private static final int LIST_GAP = 12;

    private Coordination() {
    }

    /** The agent starting at a token and the agents coordinated with it ("X, Y and Z"). */
    static List<String> coordinatedFrom(Sentence sentence, int start, List<ResolvedMention> agents) {
        List<String> found = new ArrayList<>();
        boolean joinedByAnd = false;
        int i = start;
        while (i < sentence.size()) {
            ResolvedMention agent = mentionStartingAt(agents, i);
            if (agent == null) {
                if (isFiller(sentence, i, agents) && !lower(sentence, i).equals(",") && !found.isEmpty()) {
                    i++;
                    continue;
                }
                break;
            }
            found.add(agent.entity());
            i = agent.mention().tokenEnd();
            if (i < sentence.size() && (lower(sentence, i).equals("and") || lower(sentence, i).equals(","))) {
                joinedByAnd |= lower(sentence, i).equals("and");
                i++;
                if (i < sentence.size() && lower(sentence, i).equals("and")) {
                    joinedByAnd = true; // "X, Y, and Z"
                    i++;
                }
            } else {
                break;
            }
        }
        return listOrFirst(found, joinedByAnd);
    }

    /**
     * The people listed after a person whose mention ends at {@code from}, each past its title and qualifiers:
     * "Hu, Premier Wen and National People's Congress Chairman, Wu", "Koizumi, and Minister for Economy, Trade and
     * Industry, Nakagawa". The list must hold an "and", runs to the first word that neither names nor titles a
     * person, and loses a last person that is the subject of a clause of its own ("met Y, and Z said").
     */
    static List<String> peopleListedAfter(Sentence sentence, int from, List<ResolvedMention> agents) {
        List<String> listed = new ArrayList<>();
        boolean joinedByAnd = false;
        boolean separated = false;
        int i = from;
        int gap = 0;
        while (i < sentence.size() && gap <= LIST_GAP) {
            ResolvedMention agent = mentionStartingAt(agents, i);
            String w = lower(sentence, i);
            if (agent != null && agent.mention().type() == EntityType.PERSON) {
                if (!separated) {
                    break;
                }
                listed.add(agent.entity());
                i = agent.mention().tokenEnd();
                separated = false;
                gap = 0;
                continue;
            }
            if (w.equals(",") || w.equals("and")) {
                joinedByAnd |= w.equals("and");
                separated = true;
            } else if (agent == null && !isTitleOrQualifier(sentence, i)
                    || agent != null && !agent.mention().demonym() && !afterQualifierWord(sentence, i)
                    && !isPossessor(sentence, agent)) {
                break;
            } else if (agent != null) {
                i = agent.mention().tokenEnd();
                gap++;
                continue;
            }
            i++;
            gap++;
        }
        if (!listed.isEmpty() && i < sentence.size() && gap == 0 && Pos.isVerb(sentence.token(i).pos())) {
            listed.remove(listed.size() - 1); // "met Y, and Z said": Z opens a clause of its own
        }
        return joinedByAnd ? listed : List.of();
    }

    /**
     * A word of a person's title or of what qualifies it: "the", "Irish", "Premier", "Minister for Trade"; any
     * capitalized word that is no verb, or that owns what follows ("Spain's", however the tagger reads it).
     */
    static boolean isTitleOrQualifier(Sentence sentence, int i) {
        Token token = sentence.token(i);
        String w = lowerAsWritten(sentence, i);
        boolean possessor = i + 1 < sentence.size() && SentenceLib.isPossessive(lower(sentence, i + 1));
        return token.isCapitalized() && (!Pos.isVerb(token.pos()) || possessor)
                || Titles.isTitleWord(w) || LIST_QUALIFIER_WORDS.contains(w) || Pos.isModifier(token.pos())
                || isTitleTo(sentence, i);
    }

    /** The "to" of a title that names where its holder is posted: "Ambassador to Japan", "Envoy to Syria". */
    static boolean isTitleTo(Sentence sentence, int i) {
        return lowerAsWritten(sentence, i).equals("to") && i > 0 && Titles.isTitleWord(sentence.token(i - 1).text());
    }

    /** Whether a mention owns what follows it: "Spain's prime minister". */
    private static boolean isPossessor(Sentence sentence, ResolvedMention agent) {
        int end = agent.mention().tokenEnd();
        return end < sentence.size() && SentenceLib.isPossessive(lower(sentence, end));
    }

    private static boolean afterQualifierWord(Sentence sentence, int i) {
        return i > 0 && LIST_QUALIFIER_WORDS.contains(lower(sentence, i - 1));
    }

    /** A list of agents joined only by commas is an appositive ("X, president of Y"), not a coordination. */
    static List<String> listOrFirst(List<String> found, boolean joinedByAnd) {
        List<String> agents = List.copyOf(new LinkedHashSet<>(found));
        return joinedByAnd || agents.size() < 2 ? agents : List.of(agents.get(0));
    }

    /**
     * Whether a token outside the agents may stand between a trigger and its agent or between two agents: a
     * filler word, a title word, an adjective or determiner, or a capitalized qualifier (a demonym or a possessed
     * state that the agents leave out).
     */
    static boolean isFiller(Sentence sentence, int i, List<ResolvedMention> agents) {
        if (SentenceLib.inMention(agents, i)) {
            return false;
        }
        Token token = sentence.token(i);
        if (token.isCapitalized() && ("PROPN".equals(token.pos()) || "ADJ".equals(token.pos()))) {
            return true;
        }
        String w = lowerAsWritten(sentence, i);
        return FILLERS.contains(w) || Titles.isTitleWord(w) || token.pos().equals("ADJ") || token.pos().equals("DET");
    }

    /**
     * The people a trigger's other side names as the members of a group, after "including" or "such as" in the same
     * clause: "met with Iraq war allies, including British Prime Minister X and Y".
     */
    static List<String> membersIncluded(Sentence sentence, int t, List<ResolvedMention> agents) {
        for (int i = t + 1; i < Math.min(sentence.size(), t + TRIGGER_REACH); i++) {
            String word = lower(sentence, i);
            boolean member = MEMBER_WORDS.contains(word) || word.equals("as") && lower(sentence, i - 1).equals("such");
            if (member) {
                int j = i + 1;
                while (j < sentence.size() && mentionStartingAt(agents, j) == null
                        && isFiller(sentence, j, agents)) {
                    j++;
                }
                List<String> members = j < sentence.size() && mentionStartingAt(agents, j) != null
                        ? coordinatedFrom(sentence, j, agents) : List.of();
                return members.stream().anyMatch(k -> k.startsWith("person/")) ? members : List.of();
            }
            if (i > t + 1 && Pos.isVerb(sentence.token(i).pos()) || word.equals(";") || word.equals("that")) {
                return List.of(); // another clause
            }
        }
        return List.of();
    }
}
