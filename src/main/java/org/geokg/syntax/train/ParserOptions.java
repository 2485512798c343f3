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
 * @param dev         treebank scored after each pass and at the end, if any (the scores go to the manifest)
 */
public record ParserOptions(int iterations, long seed, int exploreFrom, double explore, double prune,
                            Optional<Path> dev) {
    public ParserOptions {
        if (iterations < 1 || exploreFrom < 1 || explore < 0 || explore > 1 || prune < 0) {
            throw new IllegalArgumentException("bad parser options: " + iterations + " iterations, explore from "
                    + exploreFrom + " with " + explore + ", prune " + prune);
        }
    }

    /** The settings of the shipped model. */
    public static ParserOptions defaults() {
        return new ParserOptions(15, 13L, 2, 0.9, 0.0, Optional.empty());
    }

    /** These options with another number of passes. */
    public ParserOptions withIterations(int n) {
        return new ParserOptions(n, seed, exploreFrom, explore, prune, dev);
    }

    /** These options with another seed. */
    public ParserOptions withSeed(long s) {
        return new ParserOptions(iterations, s, exploreFrom, explore, prune, dev);
    }

    /** These options with other exploration settings. */
    public ParserOptions withExplore(int from, double probability) {
        return new ParserOptions(iterations, seed, from, probability, prune, dev);
    }

    /** These options with another pruning threshold. */
    public ParserOptions withPrune(double p) {
        return new ParserOptions(iterations, seed, exploreFrom, explore, p, dev);
    }

    /** These options with a development treebank, or none. */
    public ParserOptions withDev(Path file) {
        return new ParserOptions(iterations, seed, exploreFrom, explore, prune, Optional.ofNullable(file));
    }
}
