package org.geokg.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.geokg.GeoKgException;

/**
 * The OpenNLP models for English sentence detection, tokenization and part-of-speech tagging, loaded once from the
 * classpath (the {@code opennlp-models-*-en} artifacts). Models are immutable and shared by all threads; each thread
 * makes its own {@link TextAnalyzer}.
 *
 * <pre>
 * NlpModels models = NlpModels.load();
 * AnalyzedText text = models.newAnalyzer().analyze("Putin met Xi in Moscow.");
 * </pre>
 */
public final class NlpModels {
    static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENIZER_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    /** The entry of a POS model that holds its maxent model. */
    static final String POS_MODEL_ENTRY = "pos.model";

    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenizerModel;
    private final POSModel posModel;
    private final FastGisModel posScorer;
    /** How the tokenizer split each word, shared by the analyzers of all threads ({@link WordTokenizer}). */
    private final Map<String, Span[]> wordSplits = new ConcurrentHashMap<>();

    private NlpModels(SentenceModel sentenceModel, TokenizerModel tokenizerModel, POSModel posModel) {
        this.sentenceModel = sentenceModel;
        this.tokenizerModel = tokenizerModel;
        this.posModel = posModel;
        if (!(posModel.getArtifact(POS_MODEL_ENTRY) instanceof GISModel gis)) {
            throw new GeoKgException(POS_MODEL + " holds no GIS model");
        }
        this.posScorer = new FastGisModel(gis);
    }

    /** Loads the three models from the classpath. */
    public static NlpModels load() {
        try (InputStream sentences = open(SENTENCE_MODEL);
             InputStream tokens = open(TOKENIZER_MODEL);
             InputStream pos = open(POS_MODEL)) {
            return new NlpModels(fast(new SentenceModel(sentences)), fast(new TokenizerModel(tokens)),
                    new POSModel(pos));
        } catch (IOException e) {
            throw new GeoKgException("cannot load the OpenNLP models: " + e.getMessage(), e);
        }
    }

    /** The sentence model with its GIS model scored by {@link FastGisModel}. */
    private static SentenceModel fast(SentenceModel model) {
        if (!(model.getMaxentModel() instanceof GISModel gis)) {
            return model;
        }
        return new SentenceModel(model.getLanguage(), new FastGisModel(gis), Map.of(), model.getFactory());
    }

    /** The tokenizer model with its GIS model scored by {@link FastGisModel}. */
    private static TokenizerModel fast(TokenizerModel model) {
        if (!(model.getMaxentModel() instanceof GISModel gis)) {
            return model;
        }
        return new TokenizerModel(new FastGisModel(gis), Map.of(), model.getFactory());
    }

    private static InputStream open(String resource) {
        InputStream in = NlpModels.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new GeoKgException("Classpath must contain '" + resource
                    + "' (from the opennlp-models-*-en artifacts)");
        }
        return in;
    }

    /** A new analyzer for the calling thread; analyzers are not thread-safe. */
    public TextAnalyzer newAnalyzer() {
        return newAnalyzer(name -> false);
    }

    /**
     * A new analyzer for the calling thread that keeps apart two names joined by a hyphen when each stands apart
     * ({@code standsApart}, a state or a body: "Israel-Hamas talks") and the two together are no name.
     */
    public TextAnalyzer newAnalyzer(Predicate<String> standsApart) {
        return new TextAnalyzer(sentenceModel, new WordTokenizer(tokenizerModel, wordSplits), posModel, posScorer,
                standsApart);
    }
}
