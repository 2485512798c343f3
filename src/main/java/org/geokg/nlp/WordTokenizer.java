package org.geokg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * Tokenizes as OpenNLP's {@code TokenizerME} does, and remembers how it split each word. {@code TokenizerME} splits
 * a text at white space and then decides, word by word and from that word's characters alone, where the word splits
 * ("U.S.-led" → "U.S.", "-", "led"): one model evaluation per character of each word. News repeats its words, so
 * this asks the model only for a word it has not seen, and gives the same tokens.
 *
 * <p>Not thread-safe (the model's tokenizer is per thread): one per {@link TextAnalyzer}. The words' splits are
 * remembered in a map that the tokenizers of all threads share ({@link NlpModels} holds it).
 */
final class WordTokenizer {
    /** Words remembered before the memory starts again: about 20 MB at most. */
    private static final int CAPACITY = 100_000;

    private final TokenizerME tokenizer;
    private final Map<String, Span[]> splits;

    /** A tokenizer with the model, remembering words in {@code splits}: a thread-safe map, empty or from the model. */
    WordTokenizer(TokenizerModel model, Map<String, Span[]> splits) {
        this.tokenizer = new TokenizerME(model);
        this.splits = splits;
    }

    /** The tokens of the text, as {@code TokenizerME.tokenizePos} gives them. */
    Span[] tokenizePos(String text) {
        Span[] words = WhitespaceTokenizer.INSTANCE.tokenizePos(text);
        List<Span> tokens = new ArrayList<>(words.length + words.length / 4);
        for (Span word : words) {
            Span[] parts = partsOf(text.substring(word.getStart(), word.getEnd()));
            int offset = word.getStart();
            for (Span part : parts) {
                tokens.add(new Span(offset + part.getStart(), offset + part.getEnd()));
            }
        }
        return tokens.toArray(new Span[0]);
    }

    private Span[] partsOf(String word) {
        Span[] parts = splits.get(word);
        if (parts == null) {
            if (splits.size() >= CAPACITY) {
                splits.clear();
            }
            parts = tokenizer.tokenizePos(word);
            splits.put(word, parts);
        }
        return parts;
    }
}
