package org.geokg.syntax;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The tags each frequent word takes in the treebank, its ambiguity class ({@code ADP|SCONJ} for "after",
 * {@code NOUN|VERB} for "talks"): a feature that still says what a word can be when the tagger gets it wrong, as the
 * tags given at run time are wrong for about one word in fourteen. A model carries its dictionary.
 *
 * <p>Immutable and thread-safe.
 */
public final class TagDictionary {
    /** No dictionary: every word is unknown. */
    public static final TagDictionary NONE = new TagDictionary(Map.of());

    private final Map<String, String> classes;

    private TagDictionary(Map<String, String> classes) {
        this.classes = classes;
    }

    /**
     * The ambiguity classes of the words seen at least {@code minCount} times (lower-cased), each made of the tags
     * that word takes in at least {@code minShare} of its occurrences.
     *
     * @param words the sentences' words
     * @param tags  their gold tags
     */
    public static TagDictionary build(List<List<String>> words, List<List<String>> tags, int minCount,
                                      double minShare) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (int s = 0; s < words.size(); s++) {
            for (int i = 0; i < words.get(s).size(); i++) {
                counts.computeIfAbsent(Features.normalize(words.get(s).get(i)), k -> new TreeMap<>())
                        .merge(tags.get(s).get(i), 1, Integer::sum);
            }
        }
        Map<String, String> classes = new TreeMap<>();
        counts.forEach((word, byTag) -> {
            int total = byTag.values().stream().mapToInt(Integer::intValue).sum();
            if (total >= minCount) {
                TreeSet<String> kept = new TreeSet<>();
                byTag.forEach((tag, n) -> {
                    if (n >= minShare * total) {
                        kept.add(tag);
                    }
                });
                classes.put(word, String.join("|", kept));
            }
        });
        return new TagDictionary(classes);
    }

    /** The ambiguity class of a word, given in the form {@link Features#normalize} makes, or {@code null}. */
    public String ambiguityClass(String normalizedWord) {
        return classes.get(normalizedWord);
    }

    /** Number of words in the dictionary. */
    public int size() {
        return classes.size();
    }

    void write(DataOutput out) throws IOException {
        out.writeInt(classes.size());
        for (var e : new TreeMap<>(classes).entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue());
        }
    }

    static TagDictionary read(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("bad number of words in the tag dictionary: " + n);
        }
        Map<String, String> classes = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            classes.put(in.readUTF(), in.readUTF().intern());
        }
        return new TagDictionary(classes);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "TagDictionary(%d words)", classes.size());
    }
}
