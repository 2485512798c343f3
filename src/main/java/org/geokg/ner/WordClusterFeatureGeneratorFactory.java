package org.geokg.ner;

import java.util.Map;

import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * XML factory for {@link WordClusterFeatureGenerator}:
 * {@code <generator class="org.geokg.ner.WordClusterFeatureGeneratorFactory">
 * <str name="clusters">word-clusters.clusters</str><int name="neighbourLevels">2</int></generator>}.
 * The clusters are a model resource, passed at training time (by the trainer, {@code ner.train.NerTrainer}) and
 * stored in the model zip by {@link WordClustersSerializer}.
 */
public class WordClusterFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

    /** Creates the factory; OpenNLP's {@link GeneratorFactory} instantiates it reflectively. */
    public WordClusterFeatureGeneratorFactory() {
        super();
    }

    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        String key = getStr("clusters", WordClusters.KEY);
        Object res = resourceManager == null ? null : resourceManager.getResource(key);
        if (!(res instanceof WordClusters clusters)) {
            throw new InvalidFormatException("No word-cluster resource '" + key + "' (got " + res + ")");
        }
        return new WordClusterFeatureGenerator(clusters, getInt("neighbourLevels", 2));
    }

    @Override
    public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
        return Map.of(getStr("clusters", WordClusters.KEY), new WordClustersSerializer());
    }
}
