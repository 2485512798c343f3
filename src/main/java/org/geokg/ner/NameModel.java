package org.geokg.ner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.geokg.GeoKgException;
import org.geokg.nlp.GisWeights;

/**
 * GeoKG's statistical name finder model (OpenNLP maxent over news, see {@code docs/ner.md}), loaded once and shared
 * by all threads; each thread tags with its own {@link NameTagger}.
 */
public final class NameModel {
    /** Where the shipped model lives on the classpath. */
    public static final String RESOURCE = "org/geokg/models/ner-en.bin";
    /** The entry of a name finder model that holds its maxent model. */
    static final String MAXENT_ENTRY = "nameFinder.model";

    private final TokenNameFinderModel model;
    private final GisWeights weights;
    private final String source;
    /** The model's gazetteers prepared for matching, once for the taggers of all threads. */
    private final Map<String, GazetteerKeys> gazetteers = new ConcurrentHashMap<>();

    private NameModel(TokenNameFinderModel model, String source) {
        this.model = model;
        this.weights = NameDecoder.weightsOf(model);
        this.source = source;
    }

    /** The model shipped in the jar, when the build has one. */
    public static Optional<NameModel> shipped() {
        InputStream in = NameModel.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            return Optional.empty();
        }
        try (in) {
            return Optional.of(new NameModel(new TokenNameFinderModel(in), "classpath:" + RESOURCE));
        } catch (IOException e) {
            throw new GeoKgException("cannot load the name finder model " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** A model from a file, such as one written by {@code geokg train-ner}. */
    public static NameModel load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new NameModel(new TokenNameFinderModel(in), file.toString());
        } catch (IOException | RuntimeException e) {
            throw new GeoKgException(file + ": not a name finder model: " + e.getMessage(), e);
        }
    }

    /** A model already read, such as one just trained; {@code source} says where it came from. */
    public static NameModel of(TokenNameFinderModel model, String source) {
        return new NameModel(model, source);
    }

    /** The OpenNLP model. */
    public TokenNameFinderModel model() {
        return model;
    }

    /** Where it was loaded from. */
    public String source() {
        return source;
    }

    /** A tagger for the calling thread. */
    public NameTagger newTagger() {
        return new NameTagger(new NameDecoder(model, weights, this::resource));
    }

    /**
     * A resource of the model's feature generators: a gazetteer as {@link GazetteerKeys} (prepared here once when the
     * model stores it as an OpenNLP dictionary, as models trained before the prepared form do), anything else as it
     * is.
     */
    private Object resource(String name) {
        Object artifact = model.getArtifact(name);
        return artifact instanceof Dictionary dictionary
                ? gazetteers.computeIfAbsent(name, n -> GazetteerKeys.of(dictionary)) : artifact;
    }
}
