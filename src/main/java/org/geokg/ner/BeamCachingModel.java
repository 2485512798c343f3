package org.geokg.ner;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * A name finder's maxent (GIS) model that scores each token's features once for all the hypotheses of the beam.
 *
 * <p>OpenNLP's beam search asks the model for every token three times, once per hypothesis kept, and the three
 * contexts differ only in their last four features (the previous outcomes that {@code DefaultNameContextGenerator}
 * appends); the features before them are the very same strings, served from the per-sentence feature cache. This
 * model remembers, per thread, the features before the last four and their sums, and on the next call with the same
 * strings adds only the last four. The sums are added in the same order as {@link GISModel} adds them and the same
 * uniform prior and {@link StrictMath#exp} are used, so the probabilities are bit for bit those of the GIS model.
 * A call whose features differ in any place is scored in full.
 *
 * <p>Thread-safe: the parameters are shared and read-only, the remembered sums are per thread.
 */
public final class BeamCachingModel implements MaxentModel {
    /** Features appended after the cached ones by OpenNLP's name context generator: po, pow, powf, ppo. */
    static final int OUTCOME_FEATURES = 4;
    private static final String NAME_FINDER_ENTRY = "nameFinder.model";

    private final GISModel model;
    private final Map<String, Context> parameters;
    private final int outcomes;
    private final double logPrior;
    private final ThreadLocal<Remembered> remembered = ThreadLocal.withInitial(Remembered::new);

    private BeamCachingModel(GISModel model) {
        this.model = model;
        @SuppressWarnings("unchecked")
        Map<String, Context> byPredicate = (Map<String, Context>) model.getDataStructures()[1];
        this.parameters = byPredicate;
        this.outcomes = model.getNumOutcomes();
        this.logPrior = StrictMath.log(1.0 / outcomes); // GISModel's uniform prior
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
            last.remember(context, cached, sums(context, 0, cached, initial()));
        }
        double[] sums = sums(context, cached, context.length, Arrays.copyOf(last.sums, outcomes));
        double normal = 0;
        for (int oi = 0; oi < outcomes; oi++) {
            sums[oi] = StrictMath.exp(sums[oi]);
            normal += sums[oi];
        }
        for (int oi = 0; oi < outcomes; oi++) {
            probabilities[oi] = sums[oi] / normal;
        }
        return probabilities;
    }

    private double[] initial() {
        double[] sums = new double[outcomes];
        Arrays.fill(sums, logPrior);
        return sums;
    }

    /** Adds the parameters of features {@code from} (inclusive) to {@code to} (exclusive) to the sums. */
    private double[] sums(String[] context, int from, int to, double[] sums) {
        for (int ci = from; ci < to; ci++) {
            Context predicate = parameters.get(context[ci]);
            if (predicate != null) {
                int[] active = predicate.getOutcomes();
                double[] values = predicate.getParameters();
                for (int ai = 0; ai < active.length; ai++) {
                    sums[active[ai]] += values[ai];
                }
            }
        }
        return sums;
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
