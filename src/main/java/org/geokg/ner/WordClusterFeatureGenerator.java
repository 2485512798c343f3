package org.geokg.ner;

import java.util.List;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import org.geokg.nlp.SentenceMemo;

/**
 * Word-cluster features: every prefix of the token's cluster path ({@code wc1=3}, {@code wc2=3.11},
 * {@code wc3=3.11.5}), and the first {@code neighbourLevels} prefixes of the neighbours' paths
 * ({@code wc-1:2=...}, {@code wc+1:2=...}). Words outside the cluster vocabulary get none.
 */
public final class WordClusterFeatureGenerator implements AdaptiveFeatureGenerator {

    private static final String[] OWN = {"wc1=", "wc2=", "wc3=", "wc4=", "wc5="};
    private static final String[] PREV = {"wc-1:1=", "wc-1:2=", "wc-1:3=", "wc-1:4=", "wc-1:5="};
    private static final String[] NEXT = {"wc+1:1=", "wc+1:2=", "wc+1:3=", "wc+1:4=", "wc+1:5="};

    private final WordClusters clusters;
    private final int neighbourLevels;
    /** The cluster path prefixes of the sentence's tokens. */
    private final SentenceMemo<String[][]> paths = new SentenceMemo<>(this::pathsOf);

    /**
     * @param clusters the clusters
     * @param neighbourLevels how many path prefixes of the previous and next token to add (0 for none)
     */
    public WordClusterFeatureGenerator(WordClusters clusters, int neighbourLevels) {
        this.clusters = clusters;
        this.neighbourLevels = neighbourLevels;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        String[][] paths = this.paths.of(tokens);
        add(features, OWN, paths[index], OWN.length);
        if (index > 0) {
            add(features, PREV, paths[index - 1], neighbourLevels);
        }
        if (index + 1 < tokens.length) {
            add(features, NEXT, paths[index + 1], neighbourLevels);
        }
    }

    private String[][] pathsOf(String[] tokens) {
        String[][] paths = new String[tokens.length][];
        for (int i = 0; i < tokens.length; i++) {
            paths[i] = clusters.clusters(tokens[i]);
        }
        return paths;
    }

    private static void add(List<String> features, String[] names, String[] paths, int levels) {
        if (paths == null) {
            return;
        }
        for (int i = 0; i < Math.min(Math.min(levels, paths.length), names.length); i++) {
            features.add(names[i] + paths[i]);
        }
    }
}
