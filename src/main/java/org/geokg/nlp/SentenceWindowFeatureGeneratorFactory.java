package org.geokg.nlp;

import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * XML factory for {@link SentenceWindowFeatureGenerator}, with the parameters of OpenNLP's
 * {@code WindowFeatureGeneratorFactory} ({@code prevLength}, {@code nextLength} and one nested generator), which
 * {@link FeatureDescriptors} replaces by it.
 */
public class SentenceWindowFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

    /** Creates the factory; OpenNLP's {@link GeneratorFactory} instantiates it reflectively. */
    public SentenceWindowFeatureGeneratorFactory() {
        super();
    }

    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        AdaptiveFeatureGenerator generator = (AdaptiveFeatureGenerator) args.get("generator#0");
        if (generator == null) {
            throw new InvalidFormatException("a window feature generator must hold a generator");
        }
        return new SentenceWindowFeatureGenerator(generator, getInt("prevLength"), getInt("nextLength"));
    }
}
