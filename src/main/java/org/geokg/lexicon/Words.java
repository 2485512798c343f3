package org.geokg.lexicon;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geokg.GeoKgException;

/**
 * The named word sets of the word table {@code lexicon/words.tsv}: closed-class and domain words the rules read
 * ("speech-verb": said, told, ...), one word a row under the name of its set. The table says, before each set, what
 * it is for; the code asks for a set by its name. Loaded once; the sets are immutable and shared by all threads.
 *
 * <pre>
 * private static final Set&lt;String&gt; SPEECH_VERBS = Words.set("speech-verb");
 * </pre>
 */
public final class Words {
    /** The word table. */
    public static final String TABLE = "lexicon/words.tsv";

    private Words() {
    }

    /** The words of a set, as the table writes them; an unknown set name is an error. */
    public static Set<String> set(String name) {
        Set<String> words = Loaded.SETS.get(name);
        if (words == null) {
            throw new GeoKgException(TABLE + " has no word set '" + name + "'");
        }
        return words;
    }

    /** The words of a set in table order, for rules that try them in turn; an unknown set name is an error. */
    public static List<String> list(String name) {
        List<String> words = Loaded.LISTS.get(name);
        if (words == null) {
            throw new GeoKgException(TABLE + " has no word set '" + name + "'");
        }
        return words;
    }

    /** The names of all sets, in table order. */
    public static Set<String> names() {
        return Loaded.SETS.keySet();
    }

    /** The sets, read by the class loader on first use and never changed. */
    private static final class Loaded {
        static final Map<String, List<String>> LISTS = load();
        static final Map<String, Set<String>> SETS = sets(LISTS);

        private static Map<String, List<String>> load() {
            Map<String, LinkedHashSet<String>> sets = new LinkedHashMap<>();
            Table.read(TABLE, row -> sets.computeIfAbsent(row.get("set"), k -> new LinkedHashSet<>())
                    .add(row.get("word")));
            Map<String, List<String>> lists = new LinkedHashMap<>();
            sets.forEach((name, words) -> lists.put(name, List.copyOf(words)));
            return Collections.unmodifiableMap(lists);
        }

        private static Map<String, Set<String>> sets(Map<String, List<String>> lists) {
            Map<String, Set<String>> sets = new LinkedHashMap<>();
            lists.forEach((name, words) -> sets.put(name, Set.copyOf(words)));
            return Collections.unmodifiableMap(sets);
        }
    }
}
