package org.geokg.ner;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Dictionary (gazetteer) features: marks the tokens covered by the longest dictionary matches with
 * {@code B}/{@code I} (begin/inside) under a per-dictionary prefix, for the token itself and its
 * direct neighbours. Matching is exact (case-sensitive if the dictionary is) on the tokens.
 */
public final class GazetteerFeatureGenerator implements AdaptiveFeatureGenerator {

    /** Separates the tokens of an entry in {@link #entries}; no token holds it. */
    private static final char JOINER = '\u0001';

    private final boolean caseSensitive;
    private final int maxLen;
    private final Set<String> firstTokens;
    /** The entries, tokens joined by {@link #JOINER}, each character case-folded when matching ignores case. */
    private final Set<String> entries;
    /** The features, indexed by position (token, previous, next) and tag (B, I). */
    private final String[][] features;
    // per-sentence cache; the generator is used by one thread (as all OpenNLP feature generators)
    private String[] cachedTokens;
    private char[] cachedTags;

    /**
     * @param prefix feature name prefix, e.g. {@code country}
     * @param dictionary the entries, tokenized like the corpus
     */
    public GazetteerFeatureGenerator(String prefix, Dictionary dictionary) {
        String name = "gz:" + prefix;
        this.caseSensitive = dictionary.isCaseSensitive();
        this.maxLen = Math.max(1, dictionary.getMaxTokenCount());
        Set<String> first = new HashSet<>();
        Set<String> joined = new HashSet<>();
        for (StringList entry : dictionary) {
            String t = entry.getToken(0);
            first.add(caseSensitive ? t : t.toLowerCase(Locale.ROOT));
            String[] tokens = new String[entry.size()];
            for (int i = 0; i < tokens.length; i++) {
                tokens[i] = entry.getToken(i);
            }
            joined.add(join(tokens, 0, tokens.length));
        }
        this.firstTokens = first;
        this.entries = joined;
        this.features = new String[][] {
            {name + "=B", name + "=I"}, {name + "-1=B", name + "-1=I"}, {name + "+1=B", name + "+1=I"}};
    }

    /**
     * The tokens from {@code from} to {@code to} as a key of {@link #entries}. Ignoring case, each character is folded
     * as {@link String#compareToIgnoreCase} compares characters (upper case, then lower case), as OpenNLP's
     * {@code Dictionary} compares entries. (The dictionary also hashes the lower-cased text first, so it misses a few
     * exotic pairs such as "ſ" against "s" that this key finds equal; English tokens have none.)
     */
    private String join(String[] tokens, int from, int to) {
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

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        char[] tags = tags(tokens);
        if (tags[index] != 'O') {
            features.add(this.features[0][tags[index] == 'B' ? 0 : 1]);
        }
        if (index > 0 && tags[index - 1] != 'O') {
            features.add(this.features[1][tags[index - 1] == 'B' ? 0 : 1]);
        }
        if (index + 1 < tokens.length && tags[index + 1] != 'O') {
            features.add(this.features[2][tags[index + 1] == 'B' ? 0 : 1]);
        }
    }

    private char[] tags(String[] tokens) {
        if (tokens == cachedTokens) {
            return cachedTags;
        }
        char[] tags = new char[tokens.length];
        Arrays.fill(tags, 'O');
        int i = 0;
        while (i < tokens.length) {
            int found = 0;
            String t0 = caseSensitive ? tokens[i] : tokens[i].toLowerCase(Locale.ROOT);
            for (int len = firstTokens.contains(t0) ? Math.min(maxLen, tokens.length - i) : 0; len >= 1; len--) {
                if (entries.contains(join(tokens, i, i + len))) {
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
        cachedTokens = tokens;
        cachedTags = tags;
        return tags;
    }
}
