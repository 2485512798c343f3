package org.geokg.ner.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.geokg.ner.NameModel;
import org.geokg.ner.NameTagger;

/**
 * Scores a name finder on a corpus in OpenNLP format: exact-match (same start, end and type)
 * precision, recall and F1 per entity type, and micro-averaged over the chosen types.
 */
public final class NerEvaluator {

    private NerEvaluator() {
    }

    /** True/false positive and false negative counts for one type (or the micro total). */
    public record TypeScores(String type, long truePositives, long falsePositives, long falseNegatives) {

        /** tp / (tp + fp), 0 when nothing was predicted. */
        public double precision() {
            long d = truePositives + falsePositives;
            return d == 0 ? 0.0 : (double) truePositives / d;
        }

        /** tp / (tp + fn), 0 when there is nothing to find. */
        public double recall() {
            long d = truePositives + falseNegatives;
            return d == 0 ? 0.0 : (double) truePositives / d;
        }

        /** Harmonic mean of precision and recall, 0 if both are 0. */
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }

        /** One line: {@code person  P 0.912  R 0.884  F1 0.898}. */
        public String format() {
            return String.format(Locale.ROOT, "%-12s  P %.3f  R %.3f  F1 %.3f", type, precision(), recall(), f1());
        }
    }

    /**
     * Result of one evaluation.
     *
     * @param types per-type scores, sorted by type name
     * @param micro micro average over {@code types}
     * @param sentences sentences tagged
     * @param tokens tokens tagged
     * @param taggingNanos wall time spent tagging (0 if not measured)
     */
    public record Evaluation(List<TypeScores> types, TypeScores micro, long sentences, long tokens, long taggingNanos) {

        /** Tagging speed, tokens per second (0 if not measured). */
        public double tokensPerSecond() {
            return taggingNanos == 0 ? 0.0 : tokens * 1e9 / taggingNanos;
        }

        /** Scores of one type, or a zero record if the type did not occur. */
        public TypeScores type(String type) {
            return types.stream().filter(t -> t.type().equals(type)).findFirst()
                    .orElse(new TypeScores(type, 0, 0, 0));
        }

        /** Micro average over a subset of the types (e.g. person, organization, gpe). */
        public TypeScores microOver(Set<String> subset) {
            long tp = 0;
            long fp = 0;
            long fn = 0;
            for (TypeScores t : types) {
                if (subset.contains(t.type())) {
                    tp += t.truePositives();
                    fp += t.falsePositives();
                    fn += t.falseNegatives();
                }
            }
            return new TypeScores("micro", tp, fp, fn);
        }

        /** Per-type lines then the micro line. */
        public String format() {
            StringBuilder sb = new StringBuilder();
            for (TypeScores t : types) {
                sb.append(t.format()).append('\n');
            }
            sb.append(micro.format()).append('\n');
            return sb.toString();
        }
    }

    /** Evaluates a model file on a data file or directory (plain or .gz), over all types found. */
    public static Evaluation evaluate(Path model, Path data) throws IOException {
        return evaluate(model, data, Set.of());
    }

    /**
     * Evaluates a model file on a data file or directory (plain or .gz).
     *
     * @param types the types to score; empty means every type in the gold data or the predictions
     */
    public static Evaluation evaluate(Path model, Path data, Set<String> types) throws IOException {
        return evaluate(NameModel.load(model), NerCorpus.read(data), types);
    }

    /**
     * Tags the samples with a model prepared for tagging (adaptive data cleared at document boundaries) and scores.
     *
     * @param types the types to score; empty means every type in the gold data or the predictions
     */
    public static Evaluation evaluate(NameModel names, List<NameSample> samples, Set<String> types) {
        return tag(names, samples, UnaryOperator.identity()).score(samples, types);
    }

    /**
     * The names the model finds in each sample (adaptive data cleared at document boundaries), typed by
     * {@code predictedType}, and the time tagging took.
     */
    public static Tagged tag(NameModel names, List<NameSample> samples, UnaryOperator<String> predictedType) {
        NameTagger tagger = names.newTagger();
        List<Span[]> predicted = new ArrayList<>(samples.size());
        long nanos = 0;
        for (NameSample s : samples) {
            long t0 = System.nanoTime();
            if (s.isClearAdaptiveDataSet()) {
                tagger.newDocument();
            }
            predicted.add(retyped(tagger.find(s.getSentence()), predictedType));
            nanos += System.nanoTime() - t0;
        }
        return new Tagged(predicted, nanos);
    }

    /**
     * The names a tagger found in a corpus.
     *
     * @param predicted   the names of each sample, in corpus order
     * @param taggingNanos the time tagging took
     */
    public record Tagged(List<Span[]> predicted, long taggingNanos) {
        /** Scores these names against the samples they were found in. */
        public Evaluation score(List<NameSample> gold, Set<String> types) {
            Evaluation e = NerEvaluator.score(gold, predicted, types);
            return new Evaluation(e.types(), e.micro(), e.sentences(), e.tokens(), taggingNanos);
        }
    }

    /**
     * Micro scores over {@code types} apart for names seen in a training corpus and for names not seen there: a true
     * or false positive counts where its predicted text falls, a false negative where its gold text falls. The scores
     * tell generalization from memory (Augenstein et al., 2017, "Generalisation in named entity recognition").
     *
     * @param seenNames the token sequences (joined by single spaces) annotated as names in the training corpus
     */
    public static SeenSplit splitBySeen(List<NameSample> gold, List<Span[]> predicted, Set<String> types,
                                        Set<String> seenNames) {
        long[] seen = new long[3];
        long[] unseen = new long[3];
        for (int i = 0; i < gold.size(); i++) {
            String[] tokens = gold.get(i).getSentence();
            Set<Mention> g = mentions(gold.get(i).getNames());
            Set<Mention> p = mentions(predicted.get(i));
            for (Mention m : p) {
                if (types.isEmpty() || types.contains(m.type())) {
                    (seenNames.contains(m.text(tokens)) ? seen : unseen)[g.contains(m) ? 0 : 1]++;
                }
            }
            for (Mention m : g) {
                if ((types.isEmpty() || types.contains(m.type())) && !p.contains(m)) {
                    (seenNames.contains(m.text(tokens)) ? seen : unseen)[2]++;
                }
            }
        }
        return new SeenSplit(new TypeScores("seen", seen[0], seen[1], seen[2]),
                new TypeScores("unseen", unseen[0], unseen[1], unseen[2]));
    }

    /** Micro scores for names seen in training and for the others ({@link #splitBySeen}). */
    public record SeenSplit(TypeScores seen, TypeScores unseen) {
    }

    /** The names annotated in samples, as their tokens joined by single spaces. */
    public static Set<String> namesOf(List<NameSample> samples) {
        Set<String> names = new HashSet<>();
        for (NameSample sample : samples) {
            mentions(sample.getNames()).forEach(name -> names.add(name.text(sample.getSentence())));
        }
        return names;
    }

    /** The spans with the types {@code type} gives them. */
    public static Span[] retyped(Span[] spans, UnaryOperator<String> type) {
        Span[] retyped = new Span[spans.length];
        for (int i = 0; i < spans.length; i++) {
            retyped[i] = new Span(spans[i].getStart(), spans[i].getEnd(), type.apply(spans[i].getType()),
                    spans[i].getProb());
        }
        return retyped;
    }

    /**
     * Scores predictions against gold samples (exact span and type).
     *
     * @param gold gold samples
     * @param predicted the predicted spans, one array per gold sample
     * @param types the types to score; empty means every type in gold or predictions
     */
    public static Evaluation score(List<NameSample> gold, List<Span[]> predicted, Set<String> types) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("gold and predicted differ in length");
        }
        Map<String, long[]> counts = new TreeMap<>();
        long tokens = 0;
        for (int i = 0; i < gold.size(); i++) {
            tokens += gold.get(i).getSentence().length;
            Set<Mention> g = mentions(gold.get(i).getNames());
            Set<Mention> p = mentions(predicted.get(i));
            for (Mention m : p) {
                if (types.isEmpty() || types.contains(m.type())) {
                    long[] c = counts.computeIfAbsent(m.type(), k -> new long[3]);
                    c[g.contains(m) ? 0 : 1]++;
                }
            }
            for (Mention m : g) {
                if ((types.isEmpty() || types.contains(m.type())) && !p.contains(m)) {
                    counts.computeIfAbsent(m.type(), k -> new long[3])[2]++;
                }
            }
        }
        for (String t : types) {
            counts.computeIfAbsent(t, k -> new long[3]);
        }
        List<TypeScores> list = new ArrayList<>();
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            long[] c = e.getValue();
            list.add(new TypeScores(e.getKey(), c[0], c[1], c[2]));
            tp += c[0];
            fp += c[1];
            fn += c[2];
        }
        return new Evaluation(List.copyOf(list), new TypeScores("micro", tp, fp, fn), gold.size(), tokens, 0);
    }

    private record Mention(int start, int end, String type) {
        String text(String[] tokens) {
            return String.join(" ", Arrays.copyOfRange(tokens, start, end));
        }
    }

    private static Set<Mention> mentions(Span[] spans) {
        Set<Mention> set = new HashSet<>();
        for (Span s : spans) {
            set.add(new Mention(s.getStart(), s.getEnd(), s.getType() == null ? "default" : s.getType()));
        }
        return set;
    }

    /** The distinct types in gold samples, sorted. */
    public static Set<String> typesOf(List<NameSample> samples) {
        Set<String> s = new TreeSet<>();
        for (NameSample n : samples) {
            for (Span sp : n.getNames()) {
                s.add(sp.getType());
            }
        }
        return s;
    }
}
