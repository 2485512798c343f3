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
    private static final Set<String> ADJUNCT_WORDS = Words.set("adjunct-word");
    /** Plural nouns of the unnamed people of a side: "the leaders of", "officials of". */
    private static final Set<String> SIDE_NOUNS = Words.set("side-noun");
    private static final Set<String> PLACE_PREPOSITIONS = Words.set("place-preposition");
    /** How many tokens the adjuncts between a trigger and the "with" of its partner may take. */
    private static final int ADJUNCT_REACH = 10;

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
                int partner = withAfterAdjuncts(sentence, i, agents); // "held talks this week with Y"
                if (partner < 0) {
                    return found;
                }
                i = partner - 1;
            }
            i++;
        } else if (i < sentence.size() && mentionStartingAt(agents, i) == null) {
            int partner = withAfterAdjuncts(sentence, i, agents); // "met on Tuesday in Ankara with Y"
            i = partner < 0 ? i : partner;
        }
        int limit = Math.min(sentence.size(), trigger.index() + TRIGGER_REACH);
        boolean joinedByAnd = false;
        boolean inTitle = false; // past the words of a title ("the Leader of the Opposition"): only a person ends it
        while (i < limit) {
            ResolvedMention agent = mentionStartingAt(agents, i);
            if (agent != null && (qualifiesPersonAfter(sentence, agent, agents)
                    || inTitle && agent.mention().type() != EntityType.PERSON
                    && (personInTitle(sentence, i, agents) || !afterPluralTitle(sentence, i)))) {
                i = agent.mention().tokenEnd(); // "US President X", "deputy-PM for Hamas": whose the title is
                continue;
            }
            if (agent != null && !found.isEmpty() && FIRST_PERSON_POSSESSIVES.contains(lower(sentence, i))) {
                break; // "signed with the Indians, and our view is": a clause of its own, not a partner
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
            boolean pluralTitle = isPluralTitle(lower(sentence, i)); // "the presidents of A, B and C"
            if (!isFiller(sentence, i, agents) && !(inTitle && Coordination.isTitleOrQualifier(sentence, i))
                    && !pluralTitle || found.size() > 0 && lower(sentence, i).equals(",")) {
                break;
            }
            // "received the Leader of the Opposition of the Australian Parliament Hon. X": a title's own words
            inTitle |= found.isEmpty() && (Titles.isTitleWord(sentence.token(i).text()) || pluralTitle);
            i++;
        }
        return listOrFirst(found, joinedByAnd);
    }

    /**
     * The first token after the "with" that follows a trigger past adjuncts only (adverbs, time words, numbers, place
     * phrases: "met privately with", "met on Tuesday in Ankara with", "held talks this week with"), or -1 when
     * anything else, an agent above all, stands before it.
     */
    static int withAfterAdjuncts(Sentence sentence, int from, List<ResolvedMention> agents) {
        boolean inPlacePhrase = false;
        for (int i = from; i < Math.min(sentence.size(), from + ADJUNCT_REACH); i++) {
            String word = lower(sentence, i);
            String pos = sentence.token(i).pos();
            if (word.equals("with")) {
                return i > from ? i + 1 : -1;
            }
            if (SentenceLib.inMention(agents, i)) {
                return -1;
            }
            if (PLACE_PREPOSITIONS.contains(word)) {
                inPlacePhrase = true;
            } else if (inPlacePhrase && (Pos.isModifier(pos) || "PROPN".equals(pos) || word.equals(","))) {
                continue;
            } else if (!(ADJUNCT_WORDS.contains(word) || isTimeWord(word) || "ADV".equals(pos) || "NUM".equals(pos))) {
                return -1;
            } else {
                inPlacePhrase = false;
            }
        }
        return -1;
    }

    /**
     * Whether the words before a mention, past its title, its modifiers and the names coordinated with it, are a
     * preposition: "to Canada and the US", "to L'Aquila, Italy".
     */
    static boolean inPrepositionalPhrase(Sentence sentence, int begin, List<ResolvedMention> agents) {
        int k = begin - 1;
        while (k >= 0 && !"ADP".equals(sentence.token(k).pos()) && (isFiller(sentence, k, agents)
                || lower(sentence, k).equals("and") || "PROPN".equals(sentence.token(k).pos()))) {
            k--;
        }
        return k >= 0 && "ADP".equals(sentence.token(k).pos()) && !lower(sentence, k).equals("of");
    }

    /**
     * Whether a person ends the title that a state or body at {@code i} stands in, past the words of the title and the
     * states coordinated with it: "the Leader of the Opposition of the Australian Parliament Hon. X"; not "the
     * presidents of Latvia, Estonia and Lithuania in Riga", where the states stand for their unnamed presidents.
     */
    private static boolean personInTitle(Sentence sentence, int i, List<ResolvedMention> agents) {
        for (int k = i; k < Math.min(sentence.size(), i + TRIGGER_REACH); k++) {
            ResolvedMention agent = mentionStartingAt(agents, k);
            if (agent != null) {
                if (agent.mention().type() == EntityType.PERSON) {
                    return true;
                }
                k = agent.mention().tokenEnd() - 1;
            } else if (!Coordination.isTitleOrQualifier(sentence, k) && !isFiller(sentence, k, agents)
                    && !lower(sentence, k).equals("and")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a state or body follows the plural title of the unnamed people it stands for: "the presidents of Latvia,
     * Estonia and Lithuania"; not "a former deputy prime minister for Hamas", who is one person left unnamed.
     */
    private static boolean afterPluralTitle(Sentence sentence, int i) {
        int k = i - 1;
        while (k >= 0 && (lower(sentence, k).equals("of") || "DET".equals(sentence.token(k).pos()))) {
            k--;
        }
        return k >= 0 && isPluralTitle(lower(sentence, k));
    }

    /** Whether a lower-case word is the plural of a title or a noun for a side's people: "presidents", "leaders". */
    private static boolean isPluralTitle(String word) {
        return word.length() > 1 && word.endsWith("s") && (Titles.isTitleWord(word.substring(0, word.length() - 1))
                || SIDE_NOUNS.contains(word));
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
        while (k < sentence.size()) {
            ResolvedMention posting = Coordination.isTitleTo(sentence, k) && k + 1 < sentence.size()
                    ? mentionStartingAt(agents, k + 1) : null;
            if (posting != null && posting.mention().type() != EntityType.PERSON) {
                k = posting.mention().tokenEnd(); // "U.S. Ambassador to Japan X"
            } else if (mentionStartingAt(agents, k) == null && Titles.isTitleWord(sentence.token(k).text())) {
                k++;
            } else {
                break;
            }
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
