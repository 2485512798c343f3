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

    private final String prefix;
    private final Dictionary dictionary;
    private final int maxLen;
    private final Set<String> firstTokens;
    // per-sentence cache; the generator is used by one thread (as all OpenNLP feature generators)
    private String[] cachedTokens;
    private char[] cachedTags;

    /**
     * @param prefix feature name prefix, e.g. {@code country}
     * @param dictionary the entries, tokenized like the corpus
     */
    public GazetteerFeatureGenerator(String prefix, Dictionary dictionary) {
        this.prefix = "gz:" + prefix;
        this.dictionary = dictionary;
        this.maxLen = Math.max(1, dictionary.getMaxTokenCount());
        Set<String> first = new HashSet<>();
        for (StringList entry : dictionary) {
            String t = entry.getToken(0);
            first.add(dictionary.isCaseSensitive() ? t : t.toLowerCase(Locale.ROOT));
        }
        this.firstTokens = first;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        char[] tags = tags(tokens);
        char t = tags[index];
        if (t != 'O') {
            features.add(prefix + "=" + t);
        }
        if (index > 0 && tags[index - 1] != 'O') {
            features.add(prefix + "-1=" + tags[index - 1]);
        }
        if (index + 1 < tokens.length && tags[index + 1] != 'O') {
            features.add(prefix + "+1=" + tags[index + 1]);
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
            String t0 = dictionary.isCaseSensitive() ? tokens[i] : tokens[i].toLowerCase(Locale.ROOT);
            for (int len = firstTokens.contains(t0) ? Math.min(maxLen, tokens.length - i) : 0; len >= 1; len--) {
                if (dictionary.contains(new StringList(Arrays.copyOfRange(tokens, i, i + len)))) {
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
