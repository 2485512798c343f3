package org.geokg.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorResourceProvider;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import org.geokg.nlp.FeatureDescriptors;
import org.geokg.nlp.GisWeights;

/**
 * Finds the names of a sentence exactly as OpenNLP's {@code NameFinderME} does with its {@code BeamSearch}: the same
 * hypotheses kept in the same order, the same outcomes, spans and probabilities. It does less work for them:
 * <ul>
 *   <li>a token's features are generated once, not once per hypothesis, and with a GIS model their weights are summed
 *       once ({@link GisWeights});</li>
 *   <li>the four features of the previous outcomes that each hypothesis adds ({@code po}, {@code pow}, {@code powf},
 *       {@code ppo}) are fingerprinted from prefixes computed once per model, without building their strings;</li>
 *   <li>a hypothesis is a link to its parent, not a copy of all its outcomes, and whether an outcome may follow
 *       another is a table (the BIO and BILOU validators look at the previous outcome only).</li>
 * </ul>
 * A model that is not GIS (a perceptron from {@code train-ner}) is scored through its own {@code eval}.
 *
 * <p>Not thread-safe: it holds the feature generators' document memory. One per thread.
 */
final class NameDecoder {
    /** Lower than any sequence's score, as BeamSearch's {@code zeroLog}. */
    private static final double MIN_SEQUENCE_SCORE = -100000;

    private final MaxentModel model;
    private final GisWeights weights;
    private final SequenceCodec<String> codec;
    private final AdaptiveFeatureGenerator features;
    private final int beam;
    private final String[] outcomes;
    /** {@code follows[previous + 1][outcome]}: whether the outcome may follow the previous one (-1: none). */
    private final boolean[][] follows;
    /** Per previous outcome (the last index: none, "other"): the fingerprints of po=X and ppo=X. */
    private final long[] poFingerprints;
    private final long[] ppoFingerprints;
    /** Per previous outcome: the FNV states of "pow=X," and "powf=X,". */
    private final long[] powStates;
    private final long[] powfStates;

    /**
     * A decoder for the model; {@code weights} are its {@link #weightsOf}, shared by all the decoders, and
     * {@code resources} give its feature generators their resources.
     */
    NameDecoder(TokenNameFinderModel nameModel, GisWeights weights, FeatureGeneratorResourceProvider resources) {
        this.model = nameModel.getArtifact(NameModel.MAXENT_ENTRY);
        this.weights = weights;
        this.codec = nameModel.getFactory().createSequenceCodec();
        byte[] descriptor = nameModel.getArtifact(FeatureDescriptors.DESCRIPTOR_ENTRY);
        this.features = descriptor == null ? nameModel.getFactory().createFeatureGenerators()
                : FeatureDescriptors.generators(descriptor, resources);
        String beamSize = nameModel.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        this.beam = beamSize == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beamSize);
        int n = model.getNumOutcomes();
        this.outcomes = new String[n];
        for (int o = 0; o < n; o++) {
            outcomes[o] = model.getOutcome(o);
        }
        this.follows = followTable(codec.createSequenceValidator(), outcomes);
        String[] previous = Arrays.copyOf(outcomes, n + 1);
        previous[n] = NameFinderME.OTHER;
        this.poFingerprints = new long[n + 1];
        this.ppoFingerprints = new long[n + 1];
        this.powStates = new long[n + 1];
        this.powfStates = new long[n + 1];
        for (int o = 0; o <= n; o++) {
            poFingerprints[o] = GisWeights.fingerprint("po=" + previous[o]);
            ppoFingerprints[o] = GisWeights.fingerprint("ppo=" + previous[o]);
            powStates[o] = GisWeights.extend(GisWeights.FNV_START, "pow=" + previous[o] + ",");
            powfStates[o] = GisWeights.extend(GisWeights.FNV_START, "powf=" + previous[o] + ",");
        }
    }

    /** The weights of the model's GIS model, or null when it is another kind (scored through its own eval). */
    static GisWeights weightsOf(TokenNameFinderModel nameModel) {
        return nameModel.getArtifact(NameModel.MAXENT_ENTRY) instanceof GISModel gis ? GisWeights.of(gis) : null;
    }

    /** The names of one sentence of the current document; remembers its outcomes for the next ones. */
    Span[] find(String[] tokens) {
        Hypothesis best = bestSequence(tokens);
        String[] chosen = new String[tokens.length];
        double[] probabilities = new double[tokens.length];
        for (Hypothesis h = best; h.outcome >= 0; h = h.parent) {
            chosen[h.length - 1] = outcomes[h.outcome];
            probabilities[h.length - 1] = h.probability;
        }
        features.updateAdaptiveData(tokens, chosen);
        Span[] spans = codec.decode(Arrays.asList(chosen));
        for (int s = 0; s < spans.length; s++) {
            double p = 0;
            for (int t = spans[s].getStart(); t < spans[s].getEnd(); t++) {
                p += probabilities[t];
            }
            spans[s] = new Span(spans[s], p / spans[s].length());
        }
        return spans;
    }

    /** Forgets the document: the next sentence starts a new one. */
    void clearAdaptiveData() {
        features.clearAdaptiveData();
    }

    private Hypothesis bestSequence(String[] tokens) {
        PriorityQueue<Hypothesis> prev = new PriorityQueue<>(beam);
        PriorityQueue<Hypothesis> next = new PriorityQueue<>(beam);
        prev.add(Hypothesis.START);
        TokenContext token = new TokenContext();
        double[] best = new double[beam];
        for (int i = 0; i < tokens.length; i++) {
            token.reset(tokens, i);
            int size = Math.min(beam, prev.size());
            for (int kept = 0; !prev.isEmpty() && kept < size; kept++) {
                Hypothesis top = prev.remove();
                int po = i > 0 ? top.outcome : outcomes.length;
                int ppo = i > 1 ? top.parent.outcome : outcomes.length;
                double[] scores = token.score(po, ppo);
                double min = lowestOfBest(scores, best);
                boolean[] allowed = follows[top.outcome + 1];
                for (int o = 0; o < scores.length; o++) {
                    if (scores[o] >= min && allowed[o]) {
                        offer(next, top, o, scores[o]);
                    }
                }
                if (next.isEmpty()) {
                    for (int o = 0; o < scores.length; o++) {
                        if (allowed[o]) {
                            offer(next, top, o, scores[o]);
                        }
                    }
                }
            }
            prev.clear();
            PriorityQueue<Hypothesis> swap = prev;
            prev = next;
            next = swap;
        }
        return prev.remove();
    }

    /**
     * The lowest of the {@code best.length} highest scores (counting equal ones apart), the lowest score when there
     * are fewer: what BeamSearch finds by sorting all the scores.
     */
    private static double lowestOfBest(double[] scores, double[] best) {
        int k = Math.min(best.length, scores.length);
        int kept = 0;
        for (double score : scores) {
            int at; // where the score goes in the descending list of the best so far
            if (kept < k) {
                at = kept++;
            } else if (score > best[k - 1]) {
                at = k - 1;
            } else {
                continue;
            }
            while (at > 0 && best[at - 1] < score) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = score;
        }
        return best[k - 1];
    }

    private static void offer(PriorityQueue<Hypothesis> next, Hypothesis top, int outcome, double probability) {
        Hypothesis h = new Hypothesis(top, outcome, probability, top.score + StrictMath.log(probability),
                top.length + 1);
        if (h.score > MIN_SEQUENCE_SCORE) {
            next.add(h);
        }
    }

    private static boolean[][] followTable(SequenceValidator<String> validator, String[] outcomes) {
        boolean[][] table = new boolean[outcomes.length + 1][outcomes.length];
        String[] none = new String[0];
        for (int previous = -1; previous < outcomes.length; previous++) {
            String[] before = previous < 0 ? none : new String[] {outcomes[previous]};
            for (int o = 0; o < outcomes.length; o++) {
                table[previous + 1][o] = validator.validSequence(before.length, none, before, outcomes[o]);
            }
        }
        return table;
    }

    /** One token's generated features and, with GIS weights, their summed weights; scores each hypothesis. */
    private final class TokenContext {
        private final List<String> generated = new ArrayList<>();
        private final long[] outcomeFingerprints = new long[4];
        private final double[] probabilities = new double[outcomes.length];
        private String[] tokens;
        private int index;
        private String shape;
        private double[] sums;

        void reset(String[] sentence, int i) {
            tokens = sentence;
            index = i;
            generated.clear();
            features.createFeatures(generated, sentence, i, null);
            shape = FeatureGeneratorUtil.tokenFeature(sentence[i]);
            if (weights != null) {
                sums = weights.add(generated.toArray(new String[0]), 0, generated.size(), weights.priorSums());
            }
        }

        /** The outcomes' probabilities for a hypothesis whose last two outcomes are these (the last index: none). */
        double[] score(int po, int ppo) {
            if (weights == null) {
                return model.eval(context(po, ppo), probabilities);
            }
            outcomeFingerprints[0] = poFingerprints[po];
            outcomeFingerprints[1] = GisWeights.finish(GisWeights.extend(powStates[po], tokens[index]));
            outcomeFingerprints[2] = GisWeights.finish(GisWeights.extend(powfStates[po], shape));
            outcomeFingerprints[3] = ppoFingerprints[ppo];
            System.arraycopy(sums, 0, probabilities, 0, sums.length);
            return weights.probabilities(weights.add(outcomeFingerprints, 4, probabilities));
        }

        /** The context strings OpenNLP's DefaultNameContextGenerator gives the model. */
        private String[] context(int po, int ppo) {
            String previous = po == outcomes.length ? NameFinderME.OTHER : outcomes[po];
            String beforeThat = ppo == outcomes.length ? NameFinderME.OTHER : outcomes[ppo];
            String[] context = generated.toArray(new String[generated.size() + 4]);
            int n = generated.size();
            context[n] = "po=" + previous;
            context[n + 1] = "pow=" + previous + "," + tokens[index];
            context[n + 2] = "powf=" + previous + "," + shape;
            context[n + 3] = "ppo=" + beforeThat;
            return context;
        }
    }

    /** A sequence of outcomes: its last outcome, that outcome's probability, and the sequence before it. */
    private record Hypothesis(Hypothesis parent, int outcome, double probability, double score, int length)
            implements Comparable<Hypothesis> {
        static final Hypothesis START = new Hypothesis(null, -1, 1, 0, 0);

        @Override
        public int compareTo(Hypothesis other) {
            return Double.compare(other.score, score); // as opennlp.tools.util.Sequence: the best first
        }
    }
}
