package org.geokg.ner;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;
import org.geokg.nlp.AnalyzedText;
import org.geokg.nlp.Cancellation;
import org.geokg.nlp.Sentence;

/**
 * Tags the names in a text with the statistical model, sentence by sentence, one document at a time (the model's
 * document memory is cleared after each text).
 *
 * <p>Not thread-safe: make one per thread with {@link NameModel#newTagger()}.
 */
public final class NameTagger {
    private final NameDecoder decoder;

    NameTagger(NameDecoder decoder) {
        this.decoder = decoder;
    }

    /** For each sentence of the text, the names in it. */
    public List<List<NameSpan>> tag(AnalyzedText text) {
        List<List<NameSpan>> names = new ArrayList<>(text.sentences().size());
        try {
            for (Sentence sentence : text.sentences()) {
                Cancellation.check();
                String[] tokens = new String[sentence.size()];
                for (int i = 0; i < tokens.length; i++) {
                    tokens[i] = sentence.token(i).text();
                }
                Span[] spans = decoder.find(tokens);
                List<NameSpan> found = new ArrayList<>(spans.length);
                for (Span span : spans) {
                    found.add(new NameSpan(span.getStart(), span.getEnd(), span.getType(), span.getProb()));
                }
                names.add(found);
            }
        } finally {
            decoder.clearAdaptiveData();
        }
        return names;
    }

    /**
     * The names of one sentence of the current document, as OpenNLP spans (for scoring against a corpus); the
     * document goes on until {@link #newDocument()}.
     */
    public Span[] find(String[] tokens) {
        return decoder.find(tokens);
    }

    /** Starts a new document: forgets the names of the last one. */
    public void newDocument() {
        decoder.clearAdaptiveData();
    }
}
