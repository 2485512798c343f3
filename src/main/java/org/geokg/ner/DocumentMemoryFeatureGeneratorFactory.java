package org.geokg.ner;

import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * XML factory for {@link DocumentMemoryFeatureGenerator}:
 * {@code <generator class="org.geokg.ner.DocumentMemoryFeatureGeneratorFactory"/>}. No resources.
 */
public class DocumentMemoryFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

    /** Creates the factory; OpenNLP's {@link GeneratorFactory} instantiates it reflectively. */
    public DocumentMemoryFeatureGeneratorFactory() {
        super();
    }

    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        return new DocumentMemoryFeatureGenerator();
    }
}
