package org.geokg.nlp;

import java.util.function.Function;

/**
 * What a feature generator works out once per sentence and then reads for each of its tokens: the value made for the
 * last sentence it was given, known by identity (OpenNLP asks a generator about every token of one sentence, the
 * same array, before the next). Not thread-safe: it belongs to one generator, and a generator to one thread.
 *
 * @param <T> the value made of a sentence's tokens
 */
public final class SentenceMemo<T> {
    private final Function<String[], T> make;
    private String[] sentence;
    private T value;

    /** A memo that makes the value of a sentence with {@code make}. */
    public SentenceMemo(Function<String[], T> make) {
        this.make = make;
    }

    /** The value of these tokens: made when they are not the sentence of the last call. */
    public T of(String[] tokens) {
        if (tokens != sentence) {
            value = make.apply(tokens);
            sentence = tokens;
        }
        return value;
    }
}
