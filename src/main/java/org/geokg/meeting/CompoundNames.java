package org.geokg.meeting;

import static org.geokg.meeting.SentenceLib.lower;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.geokg.lexicon.Words;
import org.geokg.nlp.Sentence;
import org.geokg.resolve.ResolvedMention;

/**
 * A meeting noun named by its parties joined by dashes: "the US-Russia talks", "the China-Japan-South Korea
 * trilateral summit". Modifiers such as "bilateral" or "Leaders'" may stand between the names and the noun
 * ({@code compound-modifier} in {@code words.tsv}); the dashes are {@code compound-joiner}.
 */
final class CompoundNames {
    private static final Set<String> MODIFIERS = Words.set("compound-modifier");
    private static final Set<String> JOINERS = Words.set("compound-joiner");

    private CompoundNames() {
    }

    /** Whether capitalized words joined by a dash stand before a token, past modifiers. */
    static boolean standBefore(Sentence sentence, int t) {
        int k = modifiersBefore(sentence, t) - 1;
        while (k >= 2 && sentence.token(k).isCapitalized()) {
            if (JOINERS.contains(sentence.word(k - 1))) {
                return sentence.token(k - 2).isCapitalized();
            }
            k--; // a name of several words: "South Korea"
        }
        return false;
    }

    /**
     * The parties a meeting noun at {@code t} is named by, among the agents of its sentence, joined by dashes (and
     * "and" or commas) right before it; empty unless a dash joins two of them.
     */
    static List<String> parties(Sentence sentence, int t, List<ResolvedMention> agents) {
        List<String> parties = new ArrayList<>();
        boolean dashed = false;
        ResolvedMention party = SentenceLib.mentionEndingAt(agents, modifiersBefore(sentence, t));
        while (party != null && party.entity() != null) {
            if (!parties.contains(party.entity())) {
                parties.add(0, party.entity());
            }
            int before = party.mention().tokenBegin() - 1;
            if (before < 1) {
                break;
            }
            String joiner = lower(sentence, before);
            boolean dash = JOINERS.contains(joiner);
            if (!dash && !joiner.equals("and") && !joiner.equals(",")) {
                break;
            }
            dashed |= dash;
            party = SentenceLib.mentionEndingAt(agents, before);
        }
        return dashed ? parties : List.of();
    }

    /** The first of the modifiers that stand right before a token, or the token itself when none do. */
    private static int modifiersBefore(Sentence sentence, int t) {
        int end = t;
        while (end > 0 && MODIFIERS.contains(lower(sentence, end - 1))) {
            end--;
        }
        return end;
    }
}
