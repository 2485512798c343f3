package org.geokg.syntax.train;

import java.util.List;

/**
 * A sentence of a treebank with its gold tree: its syntactic words, their gold universal part-of-speech tags, the
 * head of each (a position from 0, {@code -1} for the root) and its relation.
 *
 * @param id     the sentence's {@code sent_id}, or its position in the file
 * @param words  the syntactic words (multiword tokens are split into their words)
 * @param tags   the gold UPOS tags
 * @param heads  the head of each word, {@code -1} for the root
 * @param labels the relation of each word to its head, with its subtype ({@code nsubj:pass})
 * @param tokens the words as our tokenizer keeps them together: a multiword token ({@code don't}) and a clitic
 *               written onto its host ({@code China's}) are one token
 */
public record TreebankSentence(String id, List<String> words, List<String> tags, List<Integer> heads,
                               List<String> labels, List<Span> tokens) {
    /**
     * A token of the text and the words it covers.
     *
     * @param form  the token as written
     * @param first its first word
     * @param last  its last word
     */
    public record Span(String form, int first, int last) {
    }

    public TreebankSentence {
        tokens = List.copyOf(tokens);
        words = List.copyOf(words);
        tags = List.copyOf(tags);
        heads = List.copyOf(heads);
        labels = List.copyOf(labels);
        if (tags.size() != words.size() || heads.size() != words.size() || labels.size() != words.size()) {
            throw new IllegalArgumentException("sentence " + id + ": columns of different lengths");
        }
    }

    /** Number of words. */
    public int size() {
        return words.size();
    }

    /** The heads as an array, the root's head being {@code n}, the position after the last word. */
    int[] headsToEnd() {
        int[] h = new int[words.size()];
        for (int i = 0; i < h.length; i++) {
            h[i] = heads.get(i) < 0 ? h.length : heads.get(i);
        }
        return h;
    }
}
