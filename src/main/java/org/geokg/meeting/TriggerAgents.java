package org.geokg.meeting;

import static org.geokg.meeting.Coordination.isFiller;
import static org.geokg.meeting.Coordination.listOrFirst;
import static org.geokg.meeting.SentenceLib.TRIGGER_REACH;
import static org.geokg.meeting.SentenceLib.isPossessive;
import static org.geokg.meeting.SentenceLib.isTimeWord;
import static org.geokg.meeting.SentenceLib.lower;
import static org.geokg.meeting.SentenceLib.mentionEndingAt;
import static org.geokg.meeting.SentenceLib.mentionStartingAt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.geokg.lexicon.EntityType;
import org.geokg.lexicon.Titles;
import org.geokg.lexicon.Words;
import org.geokg.nlp.Sentence;
import org.geokg.resolve.ResolvedMention;

/**
 * The agents on the two sides of a trigger: before it the subject of a trigger verb, the owner of a trigger noun or
 * the subject of the light verb that takes it ("X held talks with"); after it the object of the verb or the agents
 * after "with" or "between" ("talks with Y", "talks between X and Y"), with the agents coordinated with them.
 */
final class TriggerAgents {
    private static final Set<String> LIGHT_VERBS = Words.set("light-verb");
    /** The possessives of the first person, which stand for the speaker or the article's state: "my visit". */
    private static final Set<String> FIRST_PERSON_POSSESSIVES = Set.of("my", "our");

    private TriggerAgents() {
    }

    /** Whether a lower-case word is a light verb, whose object is a trigger noun ("held", "paid", "launching"). */
    static boolean isLightVerb(String word) {
        return LIGHT_VERBS.contains(word);
    }

    /**
     * The agents before a trigger, in text order: the subject of a trigger verb ("X met", "X, the foreign minister,
     * met", "X and Y met"), the owner of a trigger noun ("X's meeting with"), or the subject of a light verb before
     * it ("X held talks with", "X attends a meeting with").
     */
    static List<String> left(Sentence sentence, int t, boolean noun, List<ResolvedMention> agents) {
        int j = t - 1;
        boolean lightVerb = false;
        if (noun) {
            int possessive = -1;
            while (j >= 0 && (isNounModifier(sentence, j) || MeetingStatus.isModal(lower(sentence, j))
                    || isTimeWord(lower(sentence, j)) || isHisOrHer(lower(sentence, j)))
                    && mentionEndingAt(agents, j + 1) == null || j >= 0 && lower(sentence, j).equals("-")) {
                if (isHisOrHer(lower(sentence, j))) {
                    possessive = j;
                }
                j--;
            }
            ResolvedMention owner = j >= 0 ? mentionEndingAt(agents, j + 1) : null;
            if (owner != null && owner.mention().tokenBegin() == j
                    && FIRST_PERSON_POSSESSIVES.contains(lower(sentence, j))) {
                return List.of(owner.entity()); // "my visit to Israel", "our talks with X"
            }
            if (possessive >= 0 && !(j >= 0 && takesTriggerNoun(lower(sentence, j)))) {
                int before = possessive;
                return agents.stream().filter(a -> a.mention().tokenEnd() <= before
                                && a.mention().type() == EntityType.PERSON)
                        .reduce((first, second) -> second).map(a -> List.of(a.entity())).orElse(List.of());
            }
            if (j >= 0 && isPossessive(lower(sentence, j))) {
                j--;
            } else if (j >= 0 && takesTriggerNoun(lower(sentence, j))) {
                lightVerb = true;
                j = Subjects.skipToSubject(sentence, j - 1, agents);
            } else {
                return List.of();
            }
        } else {
            j = Subjects.skipToSubject(sentence, j, agents);
        }
        List<String> found = new ArrayList<>();
        boolean joinedByAnd = false;
        ResolvedMention agent = j >= 0 ? mentionEndingAt(agents, j + 1) : null;
        while (agent != null) {
            found.add(agent.entity());
            int k = agent.mention().tokenBegin() - 1;
            while (k >= 0 && isFiller(sentence, k, agents) && !lower(sentence, k).equals(",")) {
                k--;
            }
            if (k < 1 || !(lower(sentence, k).equals("and") || lower(sentence, k).equals(","))) {
                break;
            }
            joinedByAnd |= lower(sentence, k).equals("and");
            k--;
            while (k >= 0 && isFiller(sentence, k, agents) && !lower(sentence, k).equals(",")) {
                k--;
            }
            if (k >= 0 && lower(sentence, k).equals(",") && mentionEndingAt(agents, k) == null) {
                // "X, China's minister, and Y, India's envoy, signed"
                k = Subjects.beforeAppositive(sentence, k, agents);
            }
            ResolvedMention next = k >= 0 ? mentionEndingAt(agents, k + 1) : null;
            if (next == null || inPrepositionalPhrase(sentence, next.mention().tokenBegin(), agents)) {
                break; // "The Forum takes place in Davos, Switzerland and X will attend": two clauses
            }
            agent = next;
        }
        if (lightVerb && agent != null
                && inPrepositionalPhrase(sentence, agent.mention().tokenBegin(), agents)) {
            return List.of(); // "travel to Canada and the US to hold talks": a subject is not in a phrase
        }
        List<String> inTextOrder = new ArrayList<>(listOrFirst(found, joinedByAnd));
        Collections.reverse(inTextOrder);
        return inTextOrder;
    }

    /** The agents after a trigger: its object, or the agents after "with" or "between" for a noun. */
    static List<String> right(Sentence sentence, Trigger trigger, List<ResolvedMention> agents) {
        List<String> found = new ArrayList<>();
        int i = trigger.objectStart();
        if (trigger.noun()) {
            while (i < sentence.size() && sentence.token(i).pos().equals("ADJ")) {
                i++;
            }
            if (i >= sentence.size() || !(lower(sentence, i).equals("with") || lower(sentence, i).equals("between"))) {
                return found;
            }
            i++;
        }
        int limit = Math.min(sentence.size(), trigger.index() + TRIGGER_REACH);
        boolean joinedByAnd = false;
        boolean inTitle = false; // past the words of a title ("the Leader of the Opposition"): only a person ends it
        while (i < limit) {
            ResolvedMention agent = mentionStartingAt(agents, i);
            if (agent != null && (qualifiesPersonAfter(sentence, agent, agents)
                    || inTitle && agent.mention().type() != EntityType.PERSON)) {
                i = agent.mention().tokenEnd(); // "US President X", "deputy-PM for Hamas": whose the title is
                continue;
            }
            if (agent != null) {
                inTitle = false;
                found.add(agent.entity());
                i = agent.mention().tokenEnd();
                limit = Math.min(sentence.size(), i + TRIGGER_REACH);
                if (i < limit && (lower(sentence, i).equals("and") || lower(sentence, i).equals(","))) {
                    joinedByAnd |= lower(sentence, i).equals("and");
                    i++;
                    if (i < limit && lower(sentence, i).equals("and")) {
                        joinedByAnd = true;
                        i++;
                    }
                    continue;
                }
                break;
            }
            if (!isFiller(sentence, i, agents) && !(inTitle && Coordination.isTitleOrQualifier(sentence, i))
                    || found.size() > 0 && lower(sentence, i).equals(",")) {
                break;
            }
            // "received the Leader of the Opposition of the Australian Parliament Hon. X": a title's own words
            inTitle |= found.isEmpty() && Titles.isTitleWord(sentence.token(i).text());
            i++;
        }
        return listOrFirst(found, joinedByAnd);
    }

    /**
     * Whether the words before a mention, past its title, its modifiers and the names coordinated with it, are a
     * preposition: "to Canada and the US".
     */
    private static boolean inPrepositionalPhrase(Sentence sentence, int begin, List<ResolvedMention> agents) {
        int k = begin - 1;
        while (k >= 0 && !"ADP".equals(sentence.token(k).pos()) && (isFiller(sentence, k, agents)
                || lower(sentence, k).equals("and") || "PROPN".equals(sentence.token(k).pos()))) {
            k--;
        }
        return k >= 0 && "ADP".equals(sentence.token(k).pos()) && !lower(sentence, k).equals("of");
    }

    /** Whether a state or body is followed, past title words only, by a person it qualifies: "US President X". */
    private static boolean qualifiesPersonAfter(Sentence sentence, ResolvedMention agent,
                                                List<ResolvedMention> agents) {
        if (agent.mention().type() == EntityType.PERSON) {
            return false;
        }
        int k = agent.mention().tokenEnd();
        if (k >= sentence.size() || !Titles.isTitleWord(sentence.token(k).text())) {
            return false;
        }
        while (k < sentence.size() && mentionStartingAt(agents, k) == null
                && Titles.isTitleWord(sentence.token(k).text())) {
            k++;
        }
        ResolvedMention next = k < sentence.size() ? mentionStartingAt(agents, k) : null;
        return next != null && next.mention().type() == EntityType.PERSON;
    }

    /** A modifier or a common noun before a trigger noun ("the first two-day meeting"). */
    private static boolean isNounModifier(Sentence sentence, int j) {
        String pos = sentence.token(j).pos();
        return Pos.isModifier(pos) || "NOUN".equals(pos);
    }

    private static boolean isHisOrHer(String word) {
        return word.equals("his") || word.equals("her");
    }

    /** A verb whose object is a trigger noun: a light verb, or a word of calling it off ("X cancelled talks"). */
    private static boolean takesTriggerNoun(String word) {
        return isLightVerb(word) || MeetingStatus.isCancelWord(word);
    }
}
