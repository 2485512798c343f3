package org.geokg.ner;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;
import org.geokg.lexicon.HashBits;

/**
 * A gazetteer's entries prepared for matching the tokens of a sentence: the longest entry starting at each token wins.
 * Built once per dictionary and shared by the {@link GazetteerFeatureGenerator}s of all threads; immutable.
 */
public final class GazetteerKeys {
    /** Separates the tokens of an entry in {@link #entries}; no token holds it. */
    private static final char JOINER = '\u0001';

    private final boolean caseSensitive;
    private final int maxLen;
    private final Set<String> firstTokens;
    /**
     * One bit per hash code of the {@link #firstTokens} (a filter with one hash function): a token whose bit is clear
     * starts no entry, which is known without building its lower-case form or reading the set. Nearly every token
     * of a sentence is such, and the 11 gazetteers of the name model asked their sets for every token.
     */
    private final HashBits firstTokenBits;
    /** The entries, tokens joined by {@link #JOINER}, each character case-folded when matching ignores case. */
    private final Set<String> entries;

    private GazetteerKeys(boolean caseSensitive, int maxLen, Set<String> firstTokens, Set<String> entries) {
        this.caseSensitive = caseSensitive;
        this.maxLen = maxLen;
        this.firstTokens = firstTokens;
        this.entries = entries;
        this.firstTokenBits = new HashBits(firstTokens.size());
        firstTokens.forEach(token -> firstTokenBits.add(token.hashCode()));
    }

    /** The dictionary's entries, matched case-sensitively if the dictionary is. */
    public static GazetteerKeys of(Dictionary dictionary) {
        boolean caseSensitive = dictionary.isCaseSensitive();
        Set<String> first = new HashSet<>();
        Set<String> joined = new HashSet<>();
        for (StringList entry : dictionary) {
            String t = entry.getToken(0);
            first.add(caseSensitive ? t : t.toLowerCase(Locale.ROOT));
            String[] tokens = new String[entry.size()];
            for (int i = 0; i < tokens.length; i++) {
                tokens[i] = entry.getToken(i);
            }
            joined.add(join(caseSensitive, tokens, 0, tokens.length));
        }
        return new GazetteerKeys(caseSensitive, Math.max(1, dictionary.getMaxTokenCount()), first, joined);
    }

    /** Per token of the sentence: B (begins a match), I (inside one) or O. */
    char[] tags(String[] tokens) {
        char[] tags = new char[tokens.length];
        Arrays.fill(tags, 'O');
        int i = 0;
        while (i < tokens.length) {
            if (startsNoEntry(tokens[i])) {
                i++;
                continue;
            }
            int found = 0;
            String t0 = caseSensitive ? tokens[i] : tokens[i].toLowerCase(Locale.ROOT);
            for (int len = firstTokens.contains(t0) ? Math.min(maxLen, tokens.length - i) : 0; len >= 1; len--) {
                if (entries.contains(join(caseSensitive, tokens, i, i + len))) {
                    found = len;
                    break;
                }
            }
            if (found > 0) {
                tags[i] = 'B';
                for (int k = 1; k < found; k++) {
                    tags[i + k] = 'I';
                }
                i += found;
            } else {
                i++;
            }
        }
        return tags;
    }

    /**
     * Whether the token is surely no first token of an entry: its bit in {@link #firstTokenBits} is clear. The hash
     * is the {@link String#hashCode} of the token as {@link #tags} looks it up, lower-cased when matching ignores case;
     * a token with a character outside ASCII, whose lower case may change its length, is never ruled out here.
     */
    private boolean startsNoEntry(String token) {
        int hash = 0;
        if (caseSensitive) {
            hash = token.hashCode();
        } else {
            for (int c = 0; c < token.length(); c++) {
                char ch = token.charAt(c);
                if (ch >= 0x80) {
                    return false;
                }
                hash = 31 * hash + (ch >= 'A' && ch <= 'Z' ? ch + ('a' - 'A') : ch);
            }
        }
        return !firstTokenBits.mayContain(hash);
    }

    /**
     * The tokens from {@code from} to {@code to} as a key of {@link #entries}. Ignoring case, each character is folded
     * as {@link String#compareToIgnoreCase} compares characters (upper case, then lower case), as OpenNLP's
     * {@code Dictionary} compares entries. (The dictionary also hashes the lower-cased text first, so it misses a few
     * exotic pairs such as "ſ" against "s" that this key finds equal; English tokens have none.)
     */
    private static String join(boolean caseSensitive, String[] tokens, int from, int to) {
        StringBuilder key = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                key.append(JOINER);
            }
            String token = tokens[i];
            if (caseSensitive) {
                key.append(token);
            } else {
                for (int c = 0; c < token.length(); c++) {
                    key.append(Character.toLowerCase(Character.toUpperCase(token.charAt(c))));
                }
            }
        }
        return key.toString();
    }
}
