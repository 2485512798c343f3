package org.geokg.nlp;

import java.util.List;
import org.geokg.lexicon.WordSequence;

/**
 * A sentence with its character span in the article text, its tokens, and the paragraph it belongs to.
 *
 * @param index     position of the sentence in the article, from 0
 * @param paragraph position of its paragraph (a block of text between blank lines), from 0
 * @param begin     offset of its first character
 * @param end       offset after its last character
 * @param tokens    its tokens, in order
 */
public record Sentence(int index, int paragraph, int begin, int end, List<Token> tokens) implements WordSequence {
    public Sentence {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad sentence span: begin=" + begin + ", end=" + end);
        }
        tokens = List.copyOf(tokens);
    }

    /** The token at a position in this sentence. */
    public Token token(int i) {
        return tokens.get(i);
    }

    /** Number of tokens. */
    @Override
    public int size() {
        return tokens.size();
    }

    /** The text of the token at a position. */
    @Override
    public String word(int i) {
        return tokens.get(i).text();
    }
}
