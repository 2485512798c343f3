package org.geokg.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geokg.mention.Mention;

/**
 * The full names of people an article gives, by each of their words, so that a one-word name finds the full name it
 * belongs to without a pass over all of them: the work stays linear in the article's mentions.
 */
final class FullNames {
    /** The full names that hold a word, in text order (ties in the order given). */
    private final Map<String, List<Mention>> byWord = new HashMap<>();

    /** The full names, in any order. */
    FullNames(List<Mention> fullNames) {
        for (Mention full : fullNames) {
            // a word of the full name ("Grabar-Kitarović" of Kolinda Grabar-Kitarović) or a part of a hyphenated one
            Set<String> words = new LinkedHashSet<>(Arrays.asList(full.text().split("\\s+")));
            words.addAll(Arrays.asList(full.text().split("[ -]")));
            for (String word : words) {
                byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(full);
            }
        }
        byWord.values().forEach(list -> list.sort(Comparator.comparingInt(Mention::begin)));
    }

    /**
     * The name of the full name a one-word name belongs to: of those that hold the word, the nearest before it, else
     * the nearest after it; the one-word name's own name when none does.
     */
    String fullNameFor(Mention single) {
        List<Mention> holders = byWord.get(single.text());
        if (holders == null) {
            return single.name();
        }
        int lo = 0;
        int hi = holders.size();
        while (lo < hi) { // the first that does not begin before the one-word name
            int mid = (lo + hi) >>> 1;
            if (holders.get(mid).begin() < single.begin()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo == 0) {
            return holders.get(0).name();
        }
        int nearest = lo - 1;
        while (nearest > 0 && holders.get(nearest - 1).begin() == holders.get(lo - 1).begin()) {
            nearest--;
        }
        return holders.get(nearest).name();
    }
}
