package org.geokg.nlp;

import java.util.List;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * XML factory for the features of a word with the word before and after it, and of their classes ({@code pw,w=},
 * {@code pwc,wc=}, {@code w,nw=}, {@code wc,nc=}): the same strings as OpenNLP's
 * {@code BigramNameFeatureGeneratorFactory}, which {@link FeatureDescriptors} replaces by it. It finds each word's class
 * once per sentence, where OpenNLP's finds it three times.
 */
public class WordBigramFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

    /** Creates the factory; OpenNLP's {@link GeneratorFactory} instantiates it reflectively. */
    public WordBigramFeatureGeneratorFactory() {
        super();
    }

    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        return new Generator();
    }

    /** Holds the classes of the words of the sentence: one per thread, like every feature generator. */
    private static final class Generator implements AdaptiveFeatureGenerator {
        private final SentenceMemo<String[]> wordClasses = new SentenceMemo<>(Generator::classesOf);

        @Override
        public void createFeatures(List<String> features, String[] tokens, int index, String[] previous) {
            String[] classes = wordClasses.of(tokens);
            if (index > 0) {
                features.add("pw,w=" + tokens[index - 1] + "," + tokens[index]);
                features.add("pwc,wc=" + classes[index - 1] + "," + classes[index]);
            }
            if (index + 1 < tokens.length) {
                features.add("w,nw=" + tokens[index] + "," + tokens[index + 1]);
                features.add("wc,nc=" + classes[index] + "," + classes[index + 1]);
            }
        }

        private static String[] classesOf(String[] tokens) {
            String[] classes = new String[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                classes[i] = FeatureGeneratorUtil.tokenFeature(tokens[i]);
            }
            return classes;
        }
    }
}
