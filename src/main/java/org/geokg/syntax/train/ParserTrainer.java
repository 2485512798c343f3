package org.geokg.syntax.train;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.geokg.GeoKgException;
import org.geokg.nlp.NlpModels;
import org.geokg.nlp.TextAnalyzer;
import org.geokg.syntax.Clusters;
import org.geokg.syntax.Configuration;
import org.geokg.syntax.DependencyModel;
import org.geokg.syntax.Features;
import org.geokg.syntax.Parse;
import org.geokg.syntax.TagDictionary;
import org.geokg.syntax.Transition;

/**
 * Trains a dependency parser model on a CoNLL-U treebank: a greedy arc-eager parser whose averaged perceptron is
 * trained with the dynamic oracle and exploration (Goldberg and Nivre 2012, 2013), over predicted part-of-speech
 * tags: those of taggers trained like ours on the other folds of the treebank ({@link PosJackknife}), so that
 * training sees tags as wrong as the parser sees them at run time, or, with 0 folds, our tagger's own. Non-projective
 * trees are made projective by lifting ({@link Projectivity}). Single-threaded and seeded: the same data and
 * options give a byte-identical model. Writes the model and a JSON manifest beside it.
 *
 * <pre>
 * ParserTrainer.Result r = ParserTrainer.train(Path.of("en_ewt-ud-train.conllu.gz"), Path.of("parser-en.bin"),
 *         ParserOptions.defaults().withDev(Path.of("en_ewt-ud-dev.conllu.gz")), System.err::println);
 * </pre>
 */
public final class ParserTrainer {
    /** The word clusters GeoKG ships for its name finder, which the parser reads too. */
    public static final String CLUSTERS = "org/geokg/ner/word-clusters.txt";

    /** The tag dictionary holds the words seen this many times in the treebank, */
    static final int DICTIONARY_MIN_COUNT = 5;
    /** with the tags each takes in this share of its occurrences or more. */
    static final double DICTIONARY_MIN_SHARE = 0.05;

    private ParserTrainer() {
    }

    /**
     * What a training run produced.
     *
     * @param model          the model file
     * @param manifest       the JSON manifest beside it
     * @param dataSha256     SHA-256 of the training file
     * @param trainingMillis wall time of the training proper (after reading and tagging)
     * @param modelBytes     size of the model file
     * @param dev            the scores of the written model on the development treebank, if one was given
     */
    public record Result(Path model, Path manifest, String dataSha256, long trainingMillis, long modelBytes,
                         Optional<ParserEvaluator.Evaluation> dev) {
    }

    /** A training sentence: words, predicted tags, the projective gold tree (root's head {@code n}), label ids. */
    record Example(List<String> words, List<String> tags, int[] heads, int[] labels) {
    }

    /** Reads, tags and trains, writes the model and its manifest, and scores the model on the dev treebank. */
    public static Result train(Path data, Path modelOut, ParserOptions options, Consumer<String> log)
            throws IOException {
        TextAnalyzer analyzer = NlpModels.load().newAnalyzer();
        List<TreebankSentence> gold = Treebank.read(data);
        List<List<String>> tags = options.folds() == 0 ? Treebank.tag(gold, analyzer)
                : PosJackknife.tag(gold, options.folds(), log);
        log.accept("read and tagged " + gold.size() + " sentences of " + data);
        Optional<List<TreebankSentence>> dev = options.dev().map(Treebank::read);
        Optional<List<List<String>>> devTags = dev.map(d -> Treebank.tag(d, analyzer));
        List<ParserEvaluator.Evaluation> passes = new ArrayList<>();
        long t0 = System.nanoTime();
        DependencyModel trained = trainModel(gold, tags, options, (pass, model) -> {
            if (dev.isPresent()) {
                ParserEvaluator.Evaluation e = ParserEvaluator.evaluate(model.get(), dev.get(), devTags.get());
                passes.add(e);
                log.accept(String.format(java.util.Locale.ROOT, "pass %d: dev UAS %.2f LAS %.2f", pass,
                        100 * e.uas(), 100 * e.las()));
            } else {
                log.accept("pass " + pass);
            }
        });
        long millis = (System.nanoTime() - t0) / 1_000_000;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        trained.write(buffer);
        byte[] bytes = buffer.toByteArray();
        Path parent = modelOut.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(modelOut, bytes);
        DependencyModel written = DependencyModel.read(new ByteArrayInputStream(bytes), modelOut.toString());
        Optional<ParserEvaluator.Evaluation> score = dev.map(d -> ParserEvaluator.evaluate(written, d, devTags.get()));
        String sha = Treebank.sha256(data);
        Path manifest = new ParserManifest(modelOut, bytes, written, options, data, sha, gold, millis, passes,
                score).write();
        return new Result(modelOut, manifest, sha, millis, bytes.length, score);
    }

    /** What is done after each pass with the averaged model so far (scoring it on dev data, logging). */
    @FunctionalInterface
    public interface PassListener {
        /** Called after pass {@code pass} (from 1); {@code model} averages the weights when first asked. */
        void after(int pass, java.util.function.Supplier<DependencyModel> model);
    }

    /**
     * Trains in memory: the relation labels are those of the treebank, sorted; the sentences are visited in a
     * seeded random order each pass.
     *
     * @param tags     the part-of-speech tags of each sentence's words
     * @param listener called after each pass with the averaged model so far, or {@code null}
     */
    public static DependencyModel trainModel(List<TreebankSentence> gold, List<List<String>> tags,
                                             ParserOptions options, PassListener listener) {
        Clusters clusters = clusters(options.clusters());
        TagDictionary dictionary = options.dictionary() ? TagDictionary.build(
                gold.stream().map(TreebankSentence::words).toList(), gold.stream().map(TreebankSentence::tags).toList(),
                DICTIONARY_MIN_COUNT, DICTIONARY_MIN_SHARE) : TagDictionary.NONE;
        List<String> labels = new ArrayList<>(labels(gold));
        int rootLabel = labels.indexOf(Parse.ROOT);
        if (rootLabel < 0) {
            throw new GeoKgException("the treebank has no relation '" + Parse.ROOT + "'");
        }
        List<Example> examples = examples(gold, tags, labels);
        Perceptron perceptron = new Perceptron(Transition.classes(labels.size()));
        Random random = new Random(options.seed());
        Learner learner = new Learner(perceptron, labels.size(), rootLabel, random, clusters, dictionary);
        List<Example> order = new ArrayList<>(examples);
        DependencyModel[] averaged = new DependencyModel[1];
        for (int pass = 1; pass <= options.iterations(); pass++) {
            Collections.shuffle(order, random);
            double explore = pass >= options.exploreFrom() ? options.explore() : 0;
            for (Example example : order) {
                learner.learn(example, explore);
            }
            averaged[0] = null;
            if (listener != null) {
                listener.after(pass, () -> {
                    if (averaged[0] == null) {
                        averaged[0] = new DependencyModel(labels, perceptron.average(options.prune()), clusters,
                                dictionary);
                    }
                    return averaged[0];
                });
            }
        }
        return averaged[0] != null ? averaged[0]
                : new DependencyModel(labels, perceptron.average(options.prune()), clusters, dictionary);
    }

    /** The word clusters an option names. */
    static Clusters clusters(String option) {
        if (option.equals(ParserOptions.NO_CLUSTERS)) {
            return Clusters.NONE;
        }
        try (java.io.InputStream in = option.equals(ParserOptions.GEOKG_CLUSTERS)
                ? ParserTrainer.class.getClassLoader().getResourceAsStream(CLUSTERS)
                : Files.newInputStream(Path.of(option))) {
            if (in == null) {
                throw new GeoKgException("Classpath must contain '" + CLUSTERS + "' (the name finder's clusters)");
            }
            return Clusters.read(new java.io.BufferedReader(new java.io.InputStreamReader(in,
                    java.nio.charset.StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new GeoKgException(option + ": cannot read the word clusters: " + e.getMessage(), e);
        }
    }

    private static TreeSet<String> labels(List<TreebankSentence> gold) {
        TreeSet<String> labels = new TreeSet<>();
        gold.forEach(s -> labels.addAll(s.labels()));
        return labels;
    }

    private static List<Example> examples(List<TreebankSentence> gold, List<List<String>> tags,
                                          List<String> labels) {
        List<Example> examples = new ArrayList<>(gold.size());
        for (int s = 0; s < gold.size(); s++) {
            TreebankSentence sentence = gold.get(s);
            int[] heads = Projectivity.projectivize(sentence.headsToEnd());
            int[] ids = sentence.labels().stream().mapToInt(labels::indexOf).toArray();
            examples.add(new Example(sentence.words(), tags.get(s), heads, ids));
        }
        return examples;
    }

    /** The states of one sentence after another: score, update on a costly prediction, move on. */
    static final class Learner {
        private final Perceptron perceptron;
        private final int rootLabel;
        private final Random random;
        private final Configuration state = new Configuration();
        private final Features features = new Features();
        private final DynamicOracle oracle = new DynamicOracle();
        private final long[] keys = new long[Features.COUNT];
        private final double[] scores;
        private final int[] moveCost = new int[4];
        private final Clusters clusters;
        private final TagDictionary dictionary;

        Learner(Perceptron perceptron, int labels, int rootLabel, Random random, Clusters clusters,
                TagDictionary dictionary) {
            this.clusters = clusters;
            this.dictionary = dictionary;
            this.perceptron = perceptron;
            this.rootLabel = rootLabel;
            this.random = random;
            this.scores = new double[Transition.classes(labels)];
        }

        void learn(Example example, double explore) {
            state.reset(example.words().size());
            features.sentence(example.words(), example.tags(), clusters, dictionary);
            while (!state.isTerminal()) {
                if (state.isForced()) {
                    state.apply(state.forced(rootLabel));
                    continue;
                }
                features.extract(state, keys);
                java.util.Arrays.fill(scores, 0);
                perceptron.score(keys, scores);
                oracle.costs(state, example.heads(), moveCost);
                int predicted = -1;
                int best = -1;
                for (int cls = 0; cls < scores.length; cls++) {
                    if (!state.isLegalClass(cls, rootLabel)) {
                        continue;
                    }
                    if (predicted < 0 || scores[cls] > scores[predicted]) {
                        predicted = cls;
                    }
                    if (cost(cls, example) == 0 && (best < 0 || scores[cls] > scores[best])) {
                        best = cls;
                    }
                }
                if (best < 0) {
                    throw new IllegalStateException("no transition of cost 0; the gold tree is not projective");
                }
                if (cost(predicted, example) > 0) {
                    perceptron.update(keys, best, predicted);
                }
                perceptron.tick();
                state.apply(explore > 0 && random.nextDouble() < explore ? predicted : best);
            }
        }

        /** The cost of a class: its move's, plus 1 for an arc whose label is not the dependent's gold relation. */
        private int cost(int cls, Example example) {
            int move = Transition.move(cls);
            int c = moveCost[move];
            if (c == Integer.MAX_VALUE || move < Transition.LEFT) {
                return c;
            }
            int dependent = move == Transition.LEFT ? state.stack(0) : state.bufferFront();
            return c + (Transition.label(cls) == example.labels()[dependent] ? 0 : 1);
        }
    }
}
