package org.geokg.ner;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.geokg.nlp.GisWeights;

/**
 * A name finder's maxent (GIS) model that scores each token's features once for all the hypotheses of the beam.
 *
 * <p>OpenNLP's beam search asks the model for every token three times, once per hypothesis kept, and the three
 * contexts differ only in their last four features (the previous outcomes that {@code DefaultNameContextGenerator}
 * appends); the features before them are the very same strings, served from the per-sentence feature cache. This
 * model remembers, per thread, the features before the last four and their sums, and on the next call with the same
 * strings adds only the last four. The weights are looked up in {@link GisWeights}, which adds them in the same
 * order as {@link GISModel} and uses the same uniform prior and {@link StrictMath#exp}, so the probabilities are bit
 * for bit those of the GIS model.
 * A call whose features differ in any place is scored in full.
 *
 * <p>Thread-safe: the parameters are shared and read-only, the remembered sums are per thread.
 */
public final class BeamCachingModel implements MaxentModel {
    /** Features appended after the cached ones by OpenNLP's name context generator: po, pow, powf, ppo. */
    static final int OUTCOME_FEATURES = 4;
    private static final String NAME_FINDER_ENTRY = "nameFinder.model";

    private final GISModel model;
    private final GisWeights weights;
    private final int outcomes;
    private final ThreadLocal<Remembered> remembered = ThreadLocal.withInitial(Remembered::new);

    private BeamCachingModel(GISModel model) {
        this.model = model;
        this.weights = GisWeights.of(model);
        this.outcomes = model.getNumOutcomes();
    }

    /** Reads a name finder model; a GIS model inside it is wrapped so that the beam's hypotheses share work. */
    public static TokenNameFinderModel read(InputStream in) throws IOException {
        return new Wrapped(in);
    }

    @Override
    public double[] eval(String[] context) {
        return eval(context, new double[outcomes]);
    }

    @Override
    public double[] eval(String[] context, float[] values) {
        return model.eval(context, values);
    }

    @Override
    public double[] eval(String[] context, double[] probabilities) {
        int cached = context.length - OUTCOME_FEATURES;
        if (cached <= 0) {
            return model.eval(context, probabilities);
        }
        Remembered last = remembered.get();
        if (!last.holds(context, cached)) {
            last.remember(context, cached, weights.add(context, 0, cached, weights.priorSums()));
        }
        double[] sums = weights.probabilities(weights.add(context, cached, context.length,
                Arrays.copyOf(last.sums, outcomes)));
        System.arraycopy(sums, 0, probabilities, 0, outcomes);
        return probabilities;
    }

    @Override
    public String getBestOutcome(double[] probabilities) {
        return model.getBestOutcome(probabilities);
    }

    @Override
    public String getAllOutcomes(double[] probabilities) {
        return model.getAllOutcomes(probabilities);
    }

    @Override
    public String getOutcome(int index) {
        return model.getOutcome(index);
    }

    @Override
    public int getIndex(String outcome) {
        return model.getIndex(outcome);
    }

    @Override
    public int getNumOutcomes() {
        return outcomes;
    }

    /** The features last scored in full on this thread (compared by identity) and their sums. */
    private static final class Remembered {
        private String[] features = new String[0];
        private int length;
        private double[] sums;

        boolean holds(String[] context, int n) {
            if (n != length) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                if (features[i] != context[i]) {
                    return false;
                }
            }
            return true;
        }

        void remember(String[] context, int n, double[] scored) {
            features = Arrays.copyOf(context, n);
            length = n;
            sums = scored;
        }
    }

    /** A name finder model read from a stream with its GIS model wrapped. */
    private static final class Wrapped extends TokenNameFinderModel {
        private static final long serialVersionUID = 1L;

        Wrapped(InputStream in) throws IOException {
            super(in);
            if (artifactMap.get(NAME_FINDER_ENTRY) instanceof GISModel gis) {
                artifactMap.put(NAME_FINDER_ENTRY, new BeamCachingModel(gis));
            }
        }
    }
}
