package org.geokg.meeting;

import static org.geokg.meeting.SentenceLib.lower;
import static org.geokg.meeting.SentenceLib.lowerAsWritten;
import static org.geokg.meeting.SentenceLib.mentionStartingAt;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
        for (ResolvedMention a : agents) {
            if (a.mention().tokenBegin() <= i && i < a.mention().tokenEnd()) {
                return false;
            }
        }
        Token token = sentence.token(i);
        if (token.isCapitalized() && ("PROPN".equals(token.pos()) || "ADJ".equals(token.pos()))) {
            return true;
        }
        String w = lowerAsWritten(sentence, i);
        return FILLERS.contains(w) || Titles.isTitleWord(w) || token.pos().equals("ADJ") || token.pos().equals("DET");
    }
}
