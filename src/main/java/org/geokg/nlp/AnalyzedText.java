package org.geokg.nlp;

import java.util.List;

/**
 * A text split into sentences and tokens.
 *
 * @param text      the text that was analysed
 * @param sentences its sentences, in order
 */
public record AnalyzedText(String text, List<Sentence> sentences) {
    public AnalyzedText {
        sentences = List.copyOf(sentences);
    }

    /** The characters of a span of the text. */
    public String span(int begin, int end) {
        return text.substring(begin, end);
    }

    /** Number of tokens in all sentences. */
    public int tokenCount() {
        return sentences.stream().mapToInt(Sentence::size).sum();
    }
}
