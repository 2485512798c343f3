package org.geokg.nlp;

import java.util.List;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * XML factory for the feature of the word itself ({@code w=...}), lower-cased unless {@code lowercase} is false: the
 * same strings as OpenNLP's {@code TokenFeatureGeneratorFactory}, which {@link FeatureDescriptors} replaces by it. It
 * lower-cases a word of ASCII letters without OpenNLP's stream of code points ({@link #lowerCase}).
 */
public class WordFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    private static final String WORD_PREFIX = "w=";

    /** Creates the factory; OpenNLP's {@link GeneratorFactory} instantiates it reflectively. */
    public WordFeatureGeneratorFactory() {
        super();
    }

    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        boolean lowercase = getBool("lowercase", true);
        return new AdaptiveFeatureGenerator() {
            @Override
            public void createFeatures(List<String> features, String[] tokens, int index, String[] previous) {
                features.add(WORD_PREFIX + (lowercase ? lowerCase(tokens[index]) : tokens[index]));
            }
        };
    }

    /**
     * The word lower-cased as OpenNLP's {@link StringUtil#toLowerCase} does it, code point by code point: the word
     * itself when it is ASCII without a capital, its ASCII lower case when it is ASCII, OpenNLP's answer otherwise.
     */
    static String lowerCase(String word) {
        boolean upper = false;
        for (int i = 0, n = word.length(); i < n; i++) {
            char c = word.charAt(i);
            if (c >= 0x80) {
                return StringUtil.toLowerCase(word);
            }
            upper |= c >= 'A' && c <= 'Z';
        }
        if (!upper) {
            return word;
        }
        char[] lower = new char[word.length()];
        for (int i = 0; i < lower.length; i++) {
            char c = word.charAt(i);
            lower[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return new String(lower);
    }
}
