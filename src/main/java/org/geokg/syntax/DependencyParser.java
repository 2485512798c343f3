package org.geokg.syntax;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.geokg.nlp.Sentence;
import org.geokg.nlp.Token;

/**
 * A greedy arc-eager dependency parser: from left to right, the highest-scoring legal transition of the model at
 * each state, about two per token, so the time is linear in the length of the sentence. Reads the tokens' words and
 * their part-of-speech tags (as {@link org.geokg.nlp.TextAnalyzer} gives them).
 *
 * <p>Not thread-safe (it reuses its buffers): make one per thread with {@link DependencyModel#newParser()}.
 */
public final class DependencyParser {
    private final DependencyModel model;
    private final Configuration state = new Configuration();
    private final Features features = new Features();
    private final long[] keys = new long[Features.COUNT];
    private final float[] scores;
    private final boolean[] legal = new boolean[4];
    private final int parataxis;
    private final int punct;

    DependencyParser(DependencyModel model) {
        this.model = model;
        this.scores = new float[Transition.classes(model.labels().size())];
        this.parataxis = Math.max(0, model.labels().indexOf("parataxis"));
        this.punct = Math.max(0, model.labels().indexOf("punct"));
    }

    /** Parses a sentence of tokens with their part-of-speech tags. */
    public Parse parse(Sentence sentence) {
        List<String> words = new ArrayList<>(sentence.size());
        List<String> tags = new ArrayList<>(sentence.size());
        for (Token token : sentence.tokens()) {
            words.add(token.text());
            tags.add(token.pos());
        }
        return parse(words, tags);
    }

    /** Parses a sentence given as its words and their universal part-of-speech tags. */
    public Parse parse(List<String> words, List<String> tags) {
        if (words.size() != tags.size()) {
            throw new IllegalArgumentException(words.size() + " words but " + tags.size() + " tags");
        }
        int n = words.size();
        int rootLabel = model.rootLabel();
        state.reset(n);
        features.sentence(words, tags, model.clusters(), model.dictionary());
        while (!state.isTerminal()) {
            state.apply(state.isForced() ? state.forced(rootLabel) : best(rootLabel));
        }
        return tree(n, tags);
    }

    private boolean legal(int cls, int rootLabel) {
        return legal[Transition.move(cls)] && (cls < 2 || Transition.label(cls) != rootLabel);
    }

    private int best(int rootLabel) {
        for (int move = 0; move < legal.length; move++) {
            legal[move] = state.isLegal(move);
        }
        features.extract(state, keys);
        Arrays.fill(scores, 0f);
        model.weights().score(keys, keys.length, scores);
        int best = -1;
        for (int cls = 0; cls < scores.length; cls++) {
            if ((best < 0 || scores[cls] > scores[best]) && legal(cls, rootLabel)) {
                best = cls;
            }
        }
        return best;
    }

    /**
     * The tree of the final state. Arc-eager may leave several tokens without a head, which all go to the root:
     * the first that is not punctuation stays the root, the others become its {@code parataxis} (or {@code punct}
     * for punctuation), as UD attaches a second clause that stands side by side with the first.
     */
    private Parse tree(int n, List<String> tags) {
        List<Integer> heads = new ArrayList<>(n);
        List<String> labels = new ArrayList<>(n);
        int root = -1;
        for (int i = 0; i < n && root < 0; i++) {
            if (state.head(i) == n && !tags.get(i).startsWith("PUNCT")) {
                root = i;
            }
        }
        for (int i = 0; i < n && root < 0; i++) {
            if (state.head(i) == n) {
                root = i;
            }
        }
        for (int i = 0; i < n; i++) {
            int head = state.head(i);
            String label = model.labels().get(state.label(i));
            if (i == root) {
                heads.add(-1);
                labels.add(Parse.ROOT);
            } else if (head == n) {
                heads.add(root);
                labels.add(model.labels().get(tags.get(i).startsWith("PUNCT") ? punct : parataxis));
            } else {
                heads.add(head);
                labels.add(label);
            }
        }
        return new Parse(heads, labels);
    }
}
