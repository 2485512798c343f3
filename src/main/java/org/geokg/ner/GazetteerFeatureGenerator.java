package org.geokg.ner;

import java.util.List;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import org.geokg.nlp.SentenceMemo;

/**
 * Dictionary (gazetteer) features: marks the tokens covered by the longest dictionary matches with
 * {@code B}/{@code I} (begin/inside) under a per-dictionary prefix, for the token itself and its
 * direct neighbours. Matching is exact (case-sensitive if the dictionary is) on the tokens.
 */
public final class GazetteerFeatureGenerator implements AdaptiveFeatureGenerator {

    /** The features, indexed by position (token, previous, next) and tag (B, I). */
    private final String[][] features;
    /** The sentence's tags (B, I, O) by the gazetteer. */
    private final SentenceMemo<char[]> tags;

    /**
     * @param prefix feature name prefix, e.g. {@code country}
     * @param dictionary the entries, tokenized like the corpus
     */
    public GazetteerFeatureGenerator(String prefix, Dictionary dictionary) {
        this(prefix, GazetteerKeys.of(dictionary));
    }

    /**
     * @param prefix feature name prefix, e.g. {@code country}
     * @param keys the entries, prepared for matching (shared by the generators of all threads)
     */
    public GazetteerFeatureGenerator(String prefix, GazetteerKeys keys) {
        String name = "gz:" + prefix;
        this.tags = new SentenceMemo<>(keys::tags);
        this.features = new String[][] {
            {name + "=B", name + "=I"}, {name + "-1=B", name + "-1=I"}, {name + "+1=B", name + "+1=I"}};
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        char[] tags = this.tags.of(tokens);
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
}
