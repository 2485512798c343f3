package org.geokg.ner;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;
import opennlp.tools.util.model.SerializableArtifact;
import org.geokg.lexicon.HashBits;
import org.geokg.nlp.GisWeights;

/**
 * A gazetteer's entries prepared for matching the tokens of a sentence: the longest entry starting at each token wins.
 * Built once per dictionary and shared by the {@link GazetteerFeatureGenerator}s of all threads; immutable. A model
 * stores it in this prepared form ({@link GazetteerKeysSerializer}), which loads several times faster than OpenNLP's
 * XML dictionary.
 *
 * <p>Tokens are matched by fingerprints of their characters ({@link KeyFingerprints}), computed as the sentence is
 * read, without building a string: the 11 gazetteers of the name model asked their string sets about nearly every
 * token, and those lookups, four references deep into sets of up to 109,000 entries, were close to half of the name
 * finder's time.
 */
public final class GazetteerKeys implements SerializableArtifact {
    /** Separates the tokens of an entry in {@link #entries}; no token holds it. */
    static final char JOINER = '\u0001';
    /** The most tokens an entry may have. */
    static final int MAX_TOKENS = KeyFingerprints.MAX_VALUE / 2;

    private final boolean caseSensitive;
    /** The entries, tokens joined by {@link #JOINER}, each character case-folded when matching ignores case; sorted. */
    private final List<String> entries;
    /** The entries by fingerprint. */
    private final KeyFingerprints entryPrints;
    /**
     * The first tokens of the entries by fingerprint, each with twice the token count of the longest entry that it
     * starts, plus 1 when the token alone is an entry.
     */
    private final KeyFingerprints firstTokens;
    /**
     * One bit per fingerprint of the {@link #firstTokens} (a filter with one hash function, small enough to stay in a
     * processor's cache): a token whose bit is clear starts no entry. Nearly every token of a sentence is such.
     */
    private final HashBits firstTokenBits;

    /** The entries, tokens joined by {@link #JOINER} and case-folded (see {@link #fold}) when matching ignores case. */
    GazetteerKeys(boolean caseSensitive, List<String> entries) {
        this.caseSensitive = caseSensitive;
        this.entries = strictlyAscending(entries) ? List.copyOf(entries)
                : entries.stream().distinct().sorted().toList();
        this.entryPrints = new KeyFingerprints(this.entries.size());
        this.firstTokens = new KeyFingerprints(this.entries.size());
        this.firstTokenBits = new HashBits(this.entries.size());
        // In sorted order the entries that a token starts follow each other: the token alone, if it is an entry, and
        // then those that continue it (the joiner sorts before every character an entry may hold).
        long groupPrint = 0;
        int groupValue = 0;
        for (String entry : this.entries) {
            long state = GisWeights.FNV_START;
            long firstPrint = 0;
            int tokens = 1;
            for (int c = 0, n = entry.length(); c < n; c++) {
                char ch = entry.charAt(c);
                if (ch < JOINER) {
                    throw new IllegalArgumentException("an entry holds the character U+0000: " + entry);
                }
                if (ch == JOINER) {
                    firstPrint = tokens == 1 ? GisWeights.finish(state) : firstPrint;
                    tokens++;
                }
                state = GisWeights.extend(state, ch);
            }
            if (tokens > MAX_TOKENS) {
                throw new IllegalArgumentException("an entry of more than " + MAX_TOKENS + " tokens: " + entry);
            }
            long print = GisWeights.finish(state);
            entryPrints.add(print, 0);
            firstPrint = tokens == 1 ? print : firstPrint;
            if (firstPrint != groupPrint) {
                addFirstToken(groupPrint, groupValue);
                groupPrint = firstPrint;
                groupValue = 0;
            }
            groupValue = Math.max(groupValue & ~1, 2 * tokens) | groupValue & 1 | (tokens == 1 ? 1 : 0);
        }
        addFirstToken(groupPrint, groupValue);
    }

    private void addFirstToken(long fingerprint, int value) {
        if (value > 0) {
            firstTokens.add(fingerprint, value);
            firstTokenBits.add((int) fingerprint);
        }
    }

    private static boolean strictlyAscending(List<String> entries) {
        for (int i = 1; i < entries.size(); i++) {
            if (entries.get(i - 1).compareTo(entries.get(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** The dictionary's entries, matched case-sensitively if the dictionary is. */
    public static GazetteerKeys of(Dictionary dictionary) {
        boolean caseSensitive = dictionary.isCaseSensitive();
        Set<String> joined = new HashSet<>();
        for (StringList entry : dictionary) {
            StringBuilder key = new StringBuilder();
            for (int i = 0; i < entry.size(); i++) {
                if (i > 0) {
                    key.append(JOINER);
                }
                String token = entry.getToken(i);
                for (int c = 0; c < token.length(); c++) {
                    key.append(caseSensitive ? token.charAt(c) : fold(token.charAt(c)));
                }
            }
            joined.add(key.toString());
        }
        return new GazetteerKeys(caseSensitive, List.copyOf(joined));
    }

    /** Whether matching respects case. */
    boolean caseSensitive() {
        return caseSensitive;
    }

    /** The entries, tokens joined by {@link #JOINER} and case-folded when matching ignores case; sorted. */
    List<String> entries() {
        return entries;
    }

    /** The number of entries. */
    public int size() {
        return entries.size();
    }

    @Override
    public Class<?> getArtifactSerializerClass() {
        return GazetteerKeysSerializer.class;
    }

    /** Per token of the sentence: B (begins a match), I (inside one) or O. */
    char[] tags(String[] tokens) {
        char[] tags = new char[tokens.length];
        Arrays.fill(tags, 'O');
        long[] states = null;
        int i = 0;
        while (i < tokens.length) {
            long first = extend(GisWeights.FNV_START, tokens[i]);
            long fingerprint = GisWeights.finish(first);
            int starts = firstTokenBits.mayContain((int) fingerprint) ? firstTokens.get(fingerprint) : -1;
            int found = 0;
            if (starts > 0) {
                int most = Math.min(starts / 2, tokens.length - i);
                if (most > 1) {
                    states = states == null ? new long[MAX_TOKENS] : states;
                    states[0] = first;
                    for (int k = 1; k < most; k++) {
                        states[k] = extend(GisWeights.extend(states[k - 1], JOINER), tokens[i + k]);
                    }
                    for (int len = most; len > 1 && found == 0; len--) {
                        if (entryPrints.get(GisWeights.finish(states[len - 1])) >= 0) {
                            found = len;
                        }
                    }
                }
                if (found == 0 && (starts & 1) == 1) {
                    found = 1;
                }
            }
            if (found > 0) {
                tags[i] = 'B';
                Arrays.fill(tags, i + 1, i + found, 'I');
                i += found;
            } else {
                i++;
            }
        }
        return tags;
    }

    /** The fingerprint state after the token's characters, each case-folded when matching ignores case. */
    private long extend(long state, String token) {
        long h = state;
        for (int c = 0, n = token.length(); c < n; c++) {
            h = GisWeights.extend(h, caseSensitive ? token.charAt(c) : fold(token.charAt(c)));
        }
        return h;
    }

    /**
     * A character case-folded as {@link String#compareToIgnoreCase} compares characters (upper case, then lower case),
     * as OpenNLP's {@code Dictionary} compares entries. (The dictionary also hashes the lower-cased text first, so it
     * misses a few exotic pairs such as "ſ" against "s" that this key finds equal; English tokens have none.)
     */
    private static char fold(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
