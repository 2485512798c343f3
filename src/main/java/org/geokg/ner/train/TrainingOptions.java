package org.geokg.ner.train;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The options of a name finder training run ({@link NerTrainer}).
 *
 * @param algorithm {@code MAXENT} (GIS), {@code MAXENT_QN} (L-BFGS with OpenNLP's default L1/L2
 *     regularization), {@code PERCEPTRON} (averaged), or maxent algorithms joined by {@code +}
 *     ({@code MAXENT+MAXENT_QN}): one model trained with each, at the same time, and their weights averaged
 *     ({@link ModelAveraging})
 * @param iterations training iterations
 * @param cutoff minimum feature count
 * @param codec {@code bio} or {@code bilou}
 * @param features {@link NerTrainer#GEOKG_FEATURES}, {@link NerTrainer#OPENNLP_FEATURES} or the path of a
 *     descriptor XML
 * @param evalData data files scored after training and recorded in the manifest (may be empty)
 * @param language language code stored in the model
 * @param stripTitles whether titles are taken out of person names in the training and evaluation data
 *     ({@link TitleStripping}), GeoKG's convention
 * @param gaussianSigma the standard deviation of the Gaussian prior of GIS maxent training, 0 for none
 * @param threads training threads of L-BFGS (the result is the same for the same number of threads); GIS and
 *     the perceptron train on one thread
 */
public record TrainingOptions(String algorithm, int iterations, int cutoff, String codec, String features,
                              List<Path> evalData, String language, boolean stripTitles, double gaussianSigma,
                              int threads) {
    private static final Set<String> SINGLE_ALGORITHMS = Set.of("MAXENT", "MAXENT_QN", "PERCEPTRON");
    private static final Set<String> MAXENT_ALGORITHMS = Set.of("MAXENT", "MAXENT_QN");

    /** Validates and copies. */
    public TrainingOptions {
        algorithm = algorithm.toUpperCase(Locale.ROOT);
        List<String> members = members(algorithm);
        boolean single = members.size() == 1 && SINGLE_ALGORITHMS.contains(algorithm);
        boolean averaged = members.size() > 1 && MAXENT_ALGORITHMS.containsAll(members);
        if (!single && !averaged) {
            throw new IllegalArgumentException("algorithm must be MAXENT, MAXENT_QN, PERCEPTRON or maxent "
                    + "algorithms joined by + (MAXENT+MAXENT_QN): " + algorithm);
        }
        if (!codec.equals("bio") && !codec.equals("bilou")) {
            throw new IllegalArgumentException("codec must be bio or bilou: " + codec);
        }
        evalData = List.copyOf(evalData);
    }

    /**
     * The settings of the shipped model: GIS and L-BFGS maxent averaged, 100 iterations, cutoff 3, BILOU, GeoKG
     * features, L-BFGS on two threads.
     */
    public static TrainingOptions defaults() {
        return new TrainingOptions("MAXENT+MAXENT_QN", 100, 3, "bilou", NerTrainer.GEOKG_FEATURES, List.of(), "en",
                true, 0, 2);
    }

    /** The algorithms of the models averaged into one ({@code MAXENT} alone for a single model). */
    public List<String> members() {
        return members(algorithm);
    }

    private static List<String> members(String algorithm) {
        return List.of(algorithm.split("\\+", -1));
    }

    /** The OpenNLP default-feature baseline: maxent, 100 iterations, cutoff 5, BIO. */
    public static TrainingOptions baseline() {
        return new TrainingOptions("MAXENT", 100, 5, "bio", NerTrainer.OPENNLP_FEATURES, List.of(), "en", false, 0,
                1);
    }

    /** Copy with another algorithm. */
    public TrainingOptions withAlgorithm(String a) {
        return new TrainingOptions(a, iterations, cutoff, codec, features, evalData, language, stripTitles,
                gaussianSigma, threads);
    }

    /** Copy with another iteration count. */
    public TrainingOptions withIterations(int i) {
        return new TrainingOptions(algorithm, i, cutoff, codec, features, evalData, language, stripTitles,
                gaussianSigma, threads);
    }

    /** Copy with another cutoff. */
    public TrainingOptions withCutoff(int c) {
        return new TrainingOptions(algorithm, iterations, c, codec, features, evalData, language, stripTitles,
                gaussianSigma, threads);
    }

    /** Copy with another codec. */
    public TrainingOptions withCodec(String c) {
        return new TrainingOptions(algorithm, iterations, cutoff, c, features, evalData, language, stripTitles,
                gaussianSigma, threads);
    }

    /** Copy with another feature descriptor. */
    public TrainingOptions withFeatures(String f) {
        return new TrainingOptions(algorithm, iterations, cutoff, codec, f, evalData, language, stripTitles,
                gaussianSigma, threads);
    }

    /** Copy with or without title stripping. */
    public TrainingOptions withStripTitles(boolean strip) {
        return new TrainingOptions(algorithm, iterations, cutoff, codec, features, evalData, language, strip,
                gaussianSigma, threads);
    }

    /** Copy with another Gaussian prior for GIS maxent (0: none). */
    public TrainingOptions withGaussianSigma(double sigma) {
        return new TrainingOptions(algorithm, iterations, cutoff, codec, features, evalData, language, stripTitles,
                sigma, threads);
    }

    /** Copy with another number of training threads. */
    public TrainingOptions withThreads(int t) {
        return new TrainingOptions(algorithm, iterations, cutoff, codec, features, evalData, language, stripTitles,
                gaussianSigma, t);
    }

    /** Copy with data sets to evaluate on after training. */
    public TrainingOptions withEvalData(List<Path> e) {
        return new TrainingOptions(algorithm, iterations, cutoff, codec, features, e, language, stripTitles,
                gaussianSigma, threads);
    }
}
