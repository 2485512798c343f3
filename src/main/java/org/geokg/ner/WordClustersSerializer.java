package org.geokg.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Stores {@link WordClusters} in a model zip. Unlike OpenNLP's {@code WordClusterDictionarySerializer}
 * it never closes the model's stream.
 */
public final class WordClustersSerializer implements ArtifactSerializer<WordClusters> {

    @Override
    public WordClusters create(InputStream in) throws IOException {
        return WordClusters.read(in);
    }

    @Override
    public void serialize(WordClusters artifact, OutputStream out) throws IOException {
        artifact.write(out);
    }
}
