package org.geokg.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/**
 * OpenNLP's {@code WindowFeatureGenerator} (the features of the token, then those of the tokens before it prefixed
 * {@code p1}, {@code p2}, ..., then those after it prefixed {@code n1}, {@code n2}, ...: the same strings in the same
 * order) that asks its generator once per token of a sentence instead of once per window the token is in. So the
 * generator's features for a token must depend on the sentence's words alone, not on the outcomes already chosen
 * ({@link FeatureDescriptors} uses it only so). Holds the sentence's features: one per thread, like every feature
 * generator.
 */
public final class SentenceWindowFeatureGenerator implements AdaptiveFeatureGenerator {
    private final AdaptiveFeatureGenerator generator;
    private final int before;
    private final int after;
    private String[] sentence;
    private List<List<String>> byToken = new ArrayList<>();

    /** Windows of {@code before} tokens before and {@code after} tokens after over the generator's features. */
    public SentenceWindowFeatureGenerator(AdaptiveFeatureGenerator generator, int before, int after) {
        this.generator = generator;
        this.before = before;
        this.after = after;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (tokens != sentence) {
            sentence = tokens;
            byToken = new ArrayList<>(tokens.length);
            for (int i = 0; i < tokens.length; i++) {
                byToken.add(null);
            }
        }
        features.addAll(of(index, previousOutcomes));
        for (int i = 1; i <= before && index - i >= 0; i++) {
            for (String feature : of(index - i, previousOutcomes)) {
                features.add(WindowFeatureGenerator.PREV_PREFIX + i + feature);
            }
        }
        for (int i = 1; i <= after && index + i < tokens.length; i++) {
            for (String feature : of(index + i, previousOutcomes)) {
                features.add(WindowFeatureGenerator.NEXT_PREFIX + i + feature);
            }
        }
    }

    private List<String> of(int index, String[] previousOutcomes) {
        List<String> features = byToken.get(index);
        if (features == null) {
            features = new ArrayList<>(4);
            generator.createFeatures(features, sentence, index, previousOutcomes);
            byToken.set(index, features);
        }
        return features;
    }

    @Override
    public void updateAdaptiveData(String[] tokens, String[] outcomes) {
        sentence = null;
        generator.updateAdaptiveData(tokens, outcomes);
    }

    @Override
    public void clearAdaptiveData() {
        sentence = null;
        generator.clearAdaptiveData();
    }
}
