package org.geokg.resolve;

import java.util.Optional;
import java.util.Set;
import org.geokg.lexicon.EntityType;
import org.geokg.lexicon.Gazetteer;
import org.geokg.lexicon.GazetteerEntry;
import org.geokg.lexicon.Words;

/**
 * The state an article speaks for when it speaks in the first person: a government's release names the government
 * body and its state in its publisher ("Department of the Prime Minister and Cabinet (Australia)"), and its "I" and
 * "we" stand for that state. A news outlet has no such voice, even one named after a state ("Voice of America"):
 * its first person belongs to the people it quotes. The words that mark a government body are the word set
 * {@code government-body} of {@code words.tsv}.
 */
public final class Voice {
    private static final Set<String> GOVERNMENT_BODIES = Words.set("government-body");

    private Voice() {
    }

    /** The state a government publisher names, by the gazetteer ("... (Australia)" → Australia), if any. */
    public static Optional<GazetteerEntry> stateOf(String publisher, Gazetteer gazetteer) {
        if (publisher == null) {
            return Optional.empty();
        }
        String[] words = publisher.split("[^\\p{L}]+");
        if (java.util.Arrays.stream(words).noneMatch(GOVERNMENT_BODIES::contains)) {
            return Optional.empty();
        }
        for (int start = 0; start < words.length; start++) {
            StringBuilder key = new StringBuilder();
            for (int end = start; end < Math.min(words.length, start + 4); end++) {
                key.append(words[end]);
                Optional<GazetteerEntry> state = gazetteer.lookup(key.toString()).filter(hit -> !hit.demonym())
                        .map(Gazetteer.Hit::entry).filter(entry -> entry.type() == EntityType.STATE);
                if (state.isPresent()) {
                    return state;
                }
            }
        }
        return Optional.empty();
    }
}
