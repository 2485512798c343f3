package org.geokg.meeting;

import static org.geokg.meeting.SentenceLib.isPossessive;
import static org.geokg.meeting.SentenceLib.lowerAsWritten;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.geokg.lexicon.EntityType;
import org.geokg.lexicon.Titles;
import org.geokg.lexicon.Words;
import org.geokg.nlp.AnalyzedText;
import org.geokg.nlp.Sentence;
import org.geokg.resolve.Position;
import org.geokg.resolve.ResolvedMention;

/**
 * The delegates of a summit an article is about: the people it names as speaking for a state ("the Chilean
 * representative, Mr Labbe", "Colombian president Álvaro Uribe", "Hillary Clinton, the US Secretary of State",
 * "Nicaragua's president, Daniel Ortega"), one per state, when they speak for three states or more. A state's
 * delegate is the first person named for it in a sentence about the summit, else the first person named for it.
 *
 * <p>Stateless and thread-safe.
 */
final class SummitDelegates {
    /** The words of the titles in which a person speaks for a state. */
    private static final Set<String> ROLES = Titles.statesRoleWords();
    /** Words that tie a sentence to the summit. */
    private static final Set<String> SUMMIT_CONTEXT = Words.set("summit-context");
    /** Fewest states whose delegates make a summit of their own. */
    private static final int MIN_STATES = 3;

    /** The delegates, in the order of their first mention, or none when fewer than three states speak. */
    List<String> find(AnalyzedText text, Map<Integer, List<ResolvedMention>> bySentence, List<Position> positions) {
        Map<String, String> firstByState = new LinkedHashMap<>();
        Map<String, String> atSummitByState = new LinkedHashMap<>();
        Map<String, Integer> firstMention = new LinkedHashMap<>();
        for (Sentence sentence : text.sentences()) {
            List<ResolvedMention> mentions = bySentence.getOrDefault(sentence.index(), List.of());
            boolean aboutSummit = aboutSummit(sentence);
            for (ResolvedMention m : mentions) {
                if (m.mention().type() != EntityType.PERSON) {
                    continue;
                }
                firstMention.putIfAbsent(m.entity(), m.mention().begin());
                String state = stateSpokenFor(sentence, m, mentions, positions);
                if (state == null) {
                    continue;
                }
                firstByState.putIfAbsent(state, m.entity());
                if (aboutSummit) {
                    atSummitByState.putIfAbsent(state, m.entity());
                }
            }
        }
        if (firstByState.size() < MIN_STATES) {
            return List.of();
        }
        List<String> delegates = new ArrayList<>();
        for (Map.Entry<String, String> e : firstByState.entrySet()) {
            String person = atSummitByState.getOrDefault(e.getKey(), e.getValue());
            if (!delegates.contains(person)) {
                delegates.add(person);
            }
        }
        if (delegates.size() < MIN_STATES) {
            return List.of();
        }
        delegates.sort(Comparator.comparingInt(firstMention::get));
        return delegates;
    }

    private static boolean aboutSummit(Sentence sentence) {
        for (int i = 0; i < sentence.size(); i++) {
            if (SUMMIT_CONTEXT.contains(lowerAsWritten(sentence, i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The state a person is named as speaking for in this sentence: an office the article gives them, a state and a
     * role before the name ("the Iranian representative, Javad Zarif"), or an appositive after it ("X, the Prime
     * Minister of Yemen,").
     */
    private static String stateSpokenFor(Sentence sentence, ResolvedMention person, List<ResolvedMention> mentions,
                                         List<Position> positions) {
        for (Position p : positions) {
            if (p.person().equals(person.entity()) && ROLES.stream().anyMatch(r -> lower(p.title()).contains(r))) {
                return p.state();
            }
        }
        String before = roleAndStateBefore(sentence, person.mention().tokenBegin(), mentions);
        return before != null ? before : appositiveAfter(sentence, person.mention().tokenEnd(), mentions);
    }

    private static String roleAndStateBefore(Sentence sentence, int begin, List<ResolvedMention> mentions) {
        boolean role = false;
        int j = begin - 1;
        while (j >= Math.max(0, begin - 6)) {
            ResolvedMention state = stateEndingAt(mentions, j + 1);
            if (state != null) {
                return role ? state.entity() : null;
            }
            String w = lowerAsWritten(sentence, j);
            if (ROLES.contains(w)) {
                role = true;
            } else if (!(w.equals(",") || w.equals("the") || isPossessive(w) || Titles.isTitleWord(w)
                    || sentence.token(j).isCapitalized())) {
                return null;
            }
            j--;
        }
        return null;
    }

    private static String appositiveAfter(Sentence sentence, int end, List<ResolvedMention> mentions) {
        if (end >= sentence.size() || !lowerAsWritten(sentence, end).equals(",")) {
            return null;
        }
        boolean role = false;
        String state = null;
        for (int i = end + 1; i < Math.min(sentence.size(), end + 8); i++) {
            String w = lowerAsWritten(sentence, i);
            if (w.equals(",")) {
                break;
            }
            ResolvedMention m = stateStartingAt(mentions, i);
            if (m != null && state == null) {
                state = m.entity();
                i = m.mention().tokenEnd() - 1;
            } else if (ROLES.contains(w)) {
                role = true;
            }
        }
        return role ? state : null;
    }

    private static ResolvedMention stateEndingAt(List<ResolvedMention> mentions, int end) {
        for (ResolvedMention m : mentions) {
            if (m.mention().type() == EntityType.STATE && m.mention().tokenEnd() == end) {
                return m;
            }
        }
        return null;
    }

    private static ResolvedMention stateStartingAt(List<ResolvedMention> mentions, int begin) {
        for (ResolvedMention m : mentions) {
            if (m.mention().type() == EntityType.STATE && m.mention().tokenBegin() == begin) {
                return m;
            }
        }
        return null;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
