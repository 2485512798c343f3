package org.geokg.nlp;

import java.util.List;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * XML factory for the features of a word's class ({@code wc=...}) and, unless {@code wordAndClass} is false, of the
 * lower-cased word with its class ({@code w&c=...,...}): the same strings as OpenNLP's
 * {@code TokenClassFeatureGeneratorFactory}, which {@link FeatureDescriptors} replaces by it, with the faster
 * {@link WordFeatureGeneratorFactory#lowerCase}.
 */
public class WordClassFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    private static final String CLASS_PREFIX = "wc=";
    private static final String WORD_AND_CLASS_PREFIX = "w&c=";

    /** Creates the factory; OpenNLP's {@link GeneratorFactory} instantiates it reflectively. */
    public WordClassFeatureGeneratorFactory() {
        super();
    }

    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        boolean wordAndClass = getBool("wordAndClass", true);
        return new AdaptiveFeatureGenerator() {
            @Override
            public void createFeatures(List<String> features, String[] tokens, int index, String[] previous) {
                String wordClass = FeatureGeneratorUtil.tokenFeature(tokens[index]);
                features.add(CLASS_PREFIX + wordClass);
                if (wordAndClass) {
                    features.add(WORD_AND_CLASS_PREFIX + WordFeatureGeneratorFactory.lowerCase(tokens[index]) + ","
                            + wordClass);
                }
            }
        };
    }
}
