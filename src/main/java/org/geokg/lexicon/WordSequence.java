package org.geokg.lexicon;

/**
 * A sequence of words that the word tables are matched against, such as the tokens of a sentence.
 */
public interface WordSequence {
    /** Number of words. */
    int size();

    /** The word at a position, as written. */
    String word(int i);

    /** The words of an array. */
    static WordSequence of(String... words) {
        return new WordSequence() {
            @Override
            public int size() {
                return words.length;
            }

            @Override
            public String word(int i) {
                return words[i];
            }
        };
    }
}
