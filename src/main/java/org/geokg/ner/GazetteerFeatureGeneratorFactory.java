package org.geokg.ner;

import java.util.Map;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * XML factory for {@link GazetteerFeatureGenerator}:
 * {@code <generator class="org.geokg.ner.GazetteerFeatureGeneratorFactory">
 * <str name="dict">gaz-country.dictionary</str>
 * <str name="prefix">country</str></generator>}. The gazetteer is a model resource: it is passed at training time
 * (by the trainer, from {@code ner.train.Gazetteers}) as {@link GazetteerKeys}, stored inside the model zip by the
 * {@link GazetteerKeysSerializer} declared here, and read back from the model when it is loaded. An OpenNLP
 * {@link Dictionary}, as older models store, is taken too.
 */
public class GazetteerFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

    /** Creates the factory; OpenNLP's {@link GeneratorFactory} instantiates it reflectively. */
    public GazetteerFeatureGeneratorFactory() {
        super();
    }

    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        String key = getStr("dict");
        Object res = resourceManager == null ? null : resourceManager.getResource(key);
        if (res instanceof GazetteerKeys keys) { // prepared once by NameModel for all its taggers
            return new GazetteerFeatureGenerator(getStr("prefix", key), keys);
        }
        if (!(res instanceof Dictionary dict)) {
            throw new InvalidFormatException("No dictionary resource '" + key + "' (got " + res + ")");
        }
        return new GazetteerFeatureGenerator(getStr("prefix", key), dict);
    }

    @Override
    public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
        return Map.of(getStr("dict"), new GazetteerKeysSerializer());
    }
}
