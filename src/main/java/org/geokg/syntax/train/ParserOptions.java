package org.geokg.syntax.train;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How a parser model is trained.
 *
 * @param iterations  passes over the training sentences
 * @param seed        the seed of the sentence order and of exploration: the same seed gives the same model
 * @param exploreFrom the first pass (from 1) in which the parser follows its own predictions
 * @param explore     the probability, from that pass on, of following the model's prediction rather than the
 *                    best zero-cost transition
 * @param prune       averaged weights of this magnitude or less are left out of the model
 * @param folds       the training data is tagged by jackknifing in this many folds ({@link PosJackknife}); 0 tags
 *                    it with the shipped tagger
 * @param clusters    the word clusters: {@value #GEOKG_CLUSTERS} (the name finder's, {@code
 *                    org/geokg/ner/word-clusters.txt}), {@value #NO_CLUSTERS}, or a file in that format
 * @param dictionary  whether the model carries the ambiguity classes of the treebank's frequent words
 *                    ({@link org.geokg.syntax.TagDictionary}) as features
 * @param dev         treebank scored after each pass and at the end, if any (the scores go to the manifest)
 */
public record ParserOptions(int iterations, long seed, int exploreFrom, double explore, double prune, int folds,
                            String clusters, boolean dictionary, Optional<Path> dev) {
    /** {@link #clusters()} value naming the word clusters GeoKG ships for its name finder. */
    public static final String GEOKG_CLUSTERS = "geokg";
    /** {@link #clusters()} value for no word clusters. */
    public static final String NO_CLUSTERS = "none";

    public ParserOptions {
        if (iterations < 1 || exploreFrom < 1 || explore < 0 || explore > 1 || prune < 0 || folds < 0
                || folds == 1) {
            throw new IllegalArgumentException("bad parser options: " + iterations + " iterations, explore from "
                    + exploreFrom + " with " + explore + ", prune " + prune + ", " + folds + " folds");
        }
    }

    /** The settings of the shipped model. */
    public static ParserOptions defaults() {
        return new ParserOptions(15, 13L, 2, 0.9, 1.0, 10, GEOKG_CLUSTERS, true, Optional.empty());
    }

    /** These options with another number of passes. */
    public ParserOptions withIterations(int n) {
        return new ParserOptions(n, seed, exploreFrom, explore, prune, folds, clusters, dictionary, dev);
    }

    /** These options with another seed. */
    public ParserOptions withSeed(long s) {
        return new ParserOptions(iterations, s, exploreFrom, explore, prune, folds, clusters, dictionary, dev);
    }

    /** These options with other exploration settings. */
    public ParserOptions withExplore(int from, double probability) {
        return new ParserOptions(iterations, seed, from, probability, prune, folds, clusters, dictionary, dev);
    }

    /** These options with another pruning threshold. */
    public ParserOptions withPrune(double p) {
        return new ParserOptions(iterations, seed, exploreFrom, explore, p, folds, clusters, dictionary, dev);
    }

    /** These options with another number of jackknifing folds (0: the shipped tagger's tags). */
    public ParserOptions withFolds(int n) {
        return new ParserOptions(iterations, seed, exploreFrom, explore, prune, n, clusters, dictionary, dev);
    }

    /** These options with other word clusters: {@value #GEOKG_CLUSTERS}, {@value #NO_CLUSTERS} or a file. */
    public ParserOptions withClusters(String c) {
        return new ParserOptions(iterations, seed, exploreFrom, explore, prune, folds, c, dictionary, dev);
    }

    /** These options with or without the tag dictionary. */
    public ParserOptions withDictionary(boolean d) {
        return new ParserOptions(iterations, seed, exploreFrom, explore, prune, folds, clusters, d, dev);
    }

    /** These options with a development treebank, or none. */
    public ParserOptions withDev(Path file) {
        return new ParserOptions(iterations, seed, exploreFrom, explore, prune, folds, clusters, dictionary,
                Optional.ofNullable(file));
    }
}
