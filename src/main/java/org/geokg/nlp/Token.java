package org.geokg.nlp;

/**
 * A token with its character span in the article text and its part-of-speech tag (Universal Dependencies).
 *
 * @param text  the token as it stands in the text
 * @param begin offset of its first character
 * @param end   offset after its last character
 * @param pos   its part-of-speech tag, such as {@code PROPN} or {@code VERB}
 */
public record Token(String text, int begin, int end, String pos) {
    public Token {
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("bad token span: begin=" + begin + ", end=" + end);
        }
    }

    /** Whether the token starts with an upper-case letter. */
    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
