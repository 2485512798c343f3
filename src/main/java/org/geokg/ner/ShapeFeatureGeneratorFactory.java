package org.geokg.ner;

import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * XML factory for {@link ShapeFeatureGenerator}: {@code <generator class="org.geokg.ner.ShapeFeatureGeneratorFactory">
 * <int name="window">1</int></generator>}. Needs no model resources.
 */
public class ShapeFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

    /** Creates the factory; OpenNLP's {@link GeneratorFactory} instantiates it reflectively. */
    public ShapeFeatureGeneratorFactory() {
        super();
    }

    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        return new ShapeFeatureGenerator(getInt("window", 1));
    }
}
