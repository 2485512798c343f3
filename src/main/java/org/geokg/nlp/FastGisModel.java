package org.geokg.nlp;

import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * A GIS model scored through {@link GisWeights}: the same probabilities as the {@link GISModel} it is made from, bit
 * for bit, with fewer memory reads per feature. OpenNLP's sentence detector and tokenizer take it in place of their
 * own (the tokenizer model accepts only an {@link AbstractModel}), and {@link TextAnalyzer} tags parts of speech
 * with it. Thread-safe.
 */
final class FastGisModel extends AbstractModel {
    private final GISModel model;
    private final GisWeights weights;

    @SuppressWarnings("unchecked")
    FastGisModel(GISModel model) {
        super((Context[]) model.getDataStructures()[0], null,
                (Map<String, Context>) model.getDataStructures()[1], (String[]) model.getDataStructures()[2]);
        this.modelType = ModelType.Maxent;
        this.model = model;
        this.weights = GisWeights.of(model);
    }

    @Override
    public double[] eval(String[] context) {
        return weights.eval(context);
    }

    @Override
    public double[] eval(String[] context, double[] probabilities) {
        double[] scored = weights.eval(context);
        System.arraycopy(scored, 0, probabilities, 0, scored.length);
        return probabilities;
    }

    /** The index of the most probable outcome, the first of equal ones (see {@link GisWeights#best}). */
    int best(String[] context) {
        return weights.best(context);
    }

    /** Features with values other than 1 (which OpenNLP's tokenizer and sentence detector never give) go to GIS. */
    @Override
    public double[] eval(String[] context, float[] values) {
        return values == null ? weights.eval(context) : model.eval(context, values);
    }
}
