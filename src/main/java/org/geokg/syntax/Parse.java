package org.geokg.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * The dependency tree of one sentence: for each token, the position of its head ({@code -1} for the root of the
 * sentence) and its Universal Dependencies relation to it ({@code nsubj}, {@code obl:agent}, {@code root}, ...).
 * Positions are token positions in the sentence, from 0.
 *
 * <pre>
 * Parse parse = parser.parse(sentence);
 * int verb = parse.root();
 * for (int child : parse.children(verb)) {
 *     if (parse.label(child).startsWith("nsubj")) { ... }
 * }
 * </pre>
 *
 * @param heads  the head of each token, {@code -1} for the root
 * @param labels the relation of each token to its head
 */
public record Parse(List<Integer> heads, List<String> labels) {
    /** The label of the token that heads the sentence. */
    public static final String ROOT = "root";

    public Parse {
        heads = List.copyOf(heads);
        labels = List.copyOf(labels);
        if (heads.size() != labels.size()) {
            throw new IllegalArgumentException("heads and labels differ in length: " + heads.size() + " heads, "
                    + labels.size() + " labels");
        }
        for (int i = 0; i < heads.size(); i++) {
            int head = heads.get(i);
            if (head < -1 || head >= heads.size() || head == i) {
                throw new IllegalArgumentException("bad head of token " + i + ": " + head);
            }
        }
    }

    /** Number of tokens. */
    public int size() {
        return heads.size();
    }

    /** The head of a token, or {@code -1} when it is the root. */
    public int head(int token) {
        return heads.get(token);
    }

    /** The relation of a token to its head. */
    public String label(int token) {
        return labels.get(token);
    }

    /** The dependents of a token, left to right. */
    public List<Integer> children(int token) {
        List<Integer> children = new ArrayList<>();
        for (int i = 0; i < heads.size(); i++) {
            if (heads.get(i) == token) {
                children.add(i);
            }
        }
        return children;
    }

    /** The dependents of a token whose relation is {@code label} or one of its subtypes ({@code nsubj:pass}). */
    public List<Integer> children(int token, String label) {
        List<Integer> children = new ArrayList<>();
        for (int i = 0; i < heads.size(); i++) {
            if (heads.get(i) == token && (labels.get(i).equals(label) || labels.get(i).startsWith(label + ":"))) {
                children.add(i);
            }
        }
        return children;
    }

    /** The first token whose head is the root, or {@code -1} for an empty sentence. */
    public int root() {
        return heads.indexOf(-1);
    }

    /** Whether {@code ancestor} is {@code token} or lies on its path to the root. */
    public boolean dominates(int ancestor, int token) {
        for (int t = token, steps = 0; t >= 0 && steps <= heads.size(); t = heads.get(t), steps++) {
            if (t == ancestor) {
                return true;
            }
        }
        return false;
    }
}
