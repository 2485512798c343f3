package org.geokg.ner.train;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.model.BaseModel;

/**
 * Averages the parameters of maxent models trained on the same events into one model.
 *
 * <p>A maxent model gives an outcome the probability {@code exp(λ·f) / Z}, whatever trainer (GIS, L-BFGS) set the
 * weights λ. The model whose weights are the mean of several models' weights therefore gives each outcome the
 * normalized geometric mean of their probabilities: a product-of-experts ensemble that tags as fast as one model.
 * Models trained differently err differently (GIS stopped after a fixed number of iterations, L-BFGS converged under
 * L1/L2 regularization), and their mean is more accurate than either.
 */
public final class ModelAveraging {
    private static final String NAME_FINDER_ENTRY = "nameFinder.model";
    private static final String DESCRIPTOR_ENTRY = "generator.featuregen";
    private static final List<String> TRAINING_PROPERTIES = List.of(
            BaseModel.TRAINING_EVENTHASH_PROPERTY, "TrainerType");

    private ModelAveraging() {
    }

    /**
     * The name finder whose maxent weights are the mean of the given name finders' weights; the feature
     * descriptor, codec and language are the first one's, and all must have been trained on the same events with
     * the same features and the given resources (the dictionaries the descriptor names).
     */
    public static TokenNameFinderModel average(List<TokenNameFinderModel> members, Map<String, Object> resources) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("no models to average");
        }
        TokenNameFinderModel first = members.get(0);
        String events = first.getManifestProperty(BaseModel.TRAINING_EVENTHASH_PROPERTY);
        for (TokenNameFinderModel m : members) {
            if (events != null && !events.equals(m.getManifestProperty(BaseModel.TRAINING_EVENTHASH_PROPERTY))) {
                throw new IllegalArgumentException("models trained on different events cannot be averaged");
            }
        }
        GISModel averaged = average(members.stream().map(ModelAveraging::maxent).toList());
        TokenNameFinderFactory factory = first.getFactory();
        Map<String, String> manifest = new HashMap<>();
        for (String key : TRAINING_PROPERTIES) {
            String value = first.getManifestProperty(key);
            if (value != null) {
                manifest.put(key, value);
            }
        }
        return new TokenNameFinderModel(first.getLanguage(), averaged, NameFinderME.DEFAULT_BEAM_SIZE,
                first.<byte[]>getArtifact(DESCRIPTOR_ENTRY), resources, manifest, factory.createSequenceCodec(),
                factory);
    }

    /**
     * The maxent model whose weights are the mean of the given models' weights, outcomes matched by name and in
     * the first model's order; a feature a model lacks counts as weight 0 there.
     */
    public static GISModel average(List<? extends AbstractModel> models) {
        String[] outcomes = outcomes(models.get(0));
        Map<String, Integer> outcomeIndex = new HashMap<>();
        for (int i = 0; i < outcomes.length; i++) {
            outcomeIndex.put(outcomes[i], i);
        }
        TreeMap<String, double[]> sums = new TreeMap<>();
        double share = 1.0 / models.size();
        for (AbstractModel model : models) {
            String[] own = outcomes(model);
            if (own.length != outcomes.length || !outcomeIndex.keySet().containsAll(List.of(own))) {
                throw new IllegalArgumentException("models with different outcomes cannot be averaged");
            }
            for (Map.Entry<String, Context> predicate : parameters(model).entrySet()) {
                double[] sum = sums.computeIfAbsent(predicate.getKey(), k -> new double[outcomes.length]);
                int[] active = predicate.getValue().getOutcomes();
                double[] values = predicate.getValue().getParameters();
                for (int ai = 0; ai < active.length; ai++) {
                    sum[outcomeIndex.get(own[active[ai]])] += share * values[ai];
                }
            }
        }
        String[] predicates = new String[sums.size()];
        Context[] contexts = new Context[sums.size()];
        int pi = 0;
        for (Map.Entry<String, double[]> predicate : sums.entrySet()) {
            predicates[pi] = predicate.getKey();
            contexts[pi++] = nonZero(predicate.getValue());
        }
        return new GISModel(contexts, predicates, outcomes);
    }

    private static Context nonZero(double[] weights) {
        int n = 0;
        for (double w : weights) {
            if (w != 0) {
                n++;
            }
        }
        int[] active = new int[n];
        double[] values = new double[n];
        int k = 0;
        for (int oi = 0; oi < weights.length; oi++) {
            if (weights[oi] != 0) {
                active[k] = oi;
                values[k++] = weights[oi];
            }
        }
        return new Context(active, values);
    }

    private static AbstractModel maxent(TokenNameFinderModel model) {
        MaxentModel maxent = model.getArtifact(NAME_FINDER_ENTRY);
        if (maxent instanceof AbstractModel m && (m.getModelType() == AbstractModel.ModelType.Maxent
                || m.getModelType() == AbstractModel.ModelType.MaxentQn)) {
            return m;
        }
        throw new IllegalArgumentException("only maxent models (GIS, L-BFGS) can be averaged");
    }

    private static String[] outcomes(AbstractModel model) {
        return (String[]) model.getDataStructures()[2];
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Context> parameters(AbstractModel model) {
        return (Map<String, Context>) model.getDataStructures()[1];
    }
}
