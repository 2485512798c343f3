package org.geokg.syntax;

import java.util.Arrays;

/**
 * The state of the arc-eager transition system on one sentence of {@code n} tokens: a stack, a buffer (the tokens
 * from {@link #bufferFront()} on, and the artificial root token {@code n} at its end, after Ballesteros and Nivre's
 * "Going to the roots", 2013) and the arcs made so far, with the children of each token for the features. When the
 * buffer holds only the root, the stack empties deterministically: a token with a head is reduced, one without is
 * attached to the root.
 *
 * <p>Mutable and reused from sentence to sentence by one thread; see {@link #reset(int)}.
 */
public final class Configuration {
    private int n;
    private int[] stack = new int[0];
    private int depth;
    private int front;
    private int[] head = new int[0];
    private int[] label = new int[0];
    private int[] leftmost = new int[0];
    private int[] leftmost2 = new int[0];
    private int[] rightmost = new int[0];
    private int[] rightmost2 = new int[0];
    private int[] leftCount = new int[0];
    private int[] rightCount = new int[0];
    private long[] leftLabels = new long[0];
    private long[] rightLabels = new long[0];

    /** Starts a sentence of {@code n} tokens: empty stack, every token in the buffer, no arcs. */
    public void reset(int n) {
        this.n = n;
        if (head.length < n + 1) {
            int size = Math.max(n + 1, head.length * 2);
            stack = new int[size];
            head = new int[size];
            label = new int[size];
            leftmost = new int[size];
            leftmost2 = new int[size];
            rightmost = new int[size];
            rightmost2 = new int[size];
            leftCount = new int[size];
            rightCount = new int[size];
            leftLabels = new long[size];
            rightLabels = new long[size];
        }
        depth = 0;
        front = 0;
        for (int[] a : new int[][] {head, label, leftmost, leftmost2, rightmost, rightmost2}) {
            Arrays.fill(a, 0, n + 1, -1);
        }
        Arrays.fill(leftCount, 0, n + 1, 0);
        Arrays.fill(rightCount, 0, n + 1, 0);
        Arrays.fill(leftLabels, 0, n + 1, 0L);
        Arrays.fill(rightLabels, 0, n + 1, 0L);
    }

    /** Number of tokens of the sentence; the root is token {@code n}. */
    public int size() {
        return n;
    }

    /** Whether the parse is complete: the stack is empty and the buffer holds only the root. */
    public boolean isTerminal() {
        return depth == 0 && front == n;
    }

    /** Number of tokens on the stack. */
    public int depth() {
        return depth;
    }

    /** The {@code i}th token from the stack top (0 is the top), or {@code -1}. */
    public int stack(int i) {
        return i < depth ? stack[depth - 1 - i] : -1;
    }

    /** The first token of the buffer ({@code n}, the root, when all tokens have been shifted). */
    public int bufferFront() {
        return front;
    }

    /** The {@code i}th token of the buffer (0 is the front), the root {@code n}, or {@code -1} past it. */
    public int buffer(int i) {
        int t = front + i;
        return t <= n ? t : -1;
    }

    /** The head of a token ({@code n} for the root), or {@code -1} while it has none. */
    public int head(int token) {
        return token < 0 ? -1 : head[token];
    }

    /** The label of a token's arc, or {@code -1}. */
    public int label(int token) {
        return token < 0 ? -1 : label[token];
    }

    /** The leftmost ({@code k = 1}) or second leftmost ({@code k = 2}) child, or {@code -1}. */
    public int leftChild(int token, int k) {
        return token < 0 ? -1 : k == 1 ? leftmost[token] : leftmost2[token];
    }

    /** The rightmost ({@code k = 1}) or second rightmost ({@code k = 2}) child, or {@code -1}. */
    public int rightChild(int token, int k) {
        return token < 0 ? -1 : k == 1 ? rightmost[token] : rightmost2[token];
    }

    /** Number of children left of a token. */
    public int leftCount(int token) {
        return token < 0 ? 0 : leftCount[token];
    }

    /** Number of children right of a token. */
    public int rightCount(int token) {
        return token < 0 ? 0 : rightCount[token];
    }

    /** The labels of a token's left children, as a bit set (label {@code l} is bit {@code l mod 64}). */
    public long leftLabels(int token) {
        return token < 0 ? 0 : leftLabels[token];
    }

    /** The labels of a token's right children, as a bit set. */
    public long rightLabels(int token) {
        return token < 0 ? 0 : rightLabels[token];
    }

    /** Whether the buffer holds only the root, so that the next transition is forced. */
    public boolean isForced() {
        return front == n && depth > 0;
    }

    /** Whether a move (ignoring its label) may be made now. */
    public boolean isLegal(int move) {
        return switch (move) {
            case Transition.SHIFT -> front < n;
            case Transition.RIGHT -> front < n && depth > 0;
            case Transition.LEFT -> depth > 0 && head[stack[depth - 1]] < 0;
            case Transition.REDUCE -> depth > 0 && head[stack[depth - 1]] >= 0;
            default -> false;
        };
    }

    /**
     * Whether a class may be scored now, in a state that is not {@linkplain #isForced() forced}: its move is legal
     * and it is not an arc labelled {@code rootLabel}, which only the forced attachment to the root makes.
     */
    public boolean isLegalClass(int cls, int rootLabel) {
        return isLegal(Transition.move(cls)) && (cls < 2 || Transition.label(cls) != rootLabel);
    }

    /** The forced transition when the buffer holds only the root: REDUCE, or a LEFT arc to the root. */
    public int forced(int rootLabel) {
        return head[stack[depth - 1]] >= 0 ? Transition.REDUCE : Transition.of(Transition.LEFT, rootLabel);
    }

    /** Makes a transition, which must be legal. */
    public void apply(int cls) {
        int move = Transition.move(cls);
        switch (move) {
            case Transition.SHIFT -> stack[depth++] = front++;
            case Transition.REDUCE -> depth--;
            case Transition.LEFT -> {
                arc(front, stack[depth - 1], Transition.label(cls));
                depth--;
            }
            case Transition.RIGHT -> {
                arc(stack[depth - 1], front, Transition.label(cls));
                stack[depth++] = front++;
            }
            default -> throw new IllegalArgumentException("no such transition: " + cls);
        }
    }

    private void arc(int h, int d, int l) {
        head[d] = h;
        label[d] = l;
        if (d < h) {
            leftCount[h]++;
            leftLabels[h] |= 1L << (l & 63);
            if (leftmost[h] < 0 || d < leftmost[h]) {
                leftmost2[h] = leftmost[h];
                leftmost[h] = d;
            } else if (leftmost2[h] < 0 || d < leftmost2[h]) {
                leftmost2[h] = d;
            }
        } else {
            rightCount[h]++;
            rightLabels[h] |= 1L << (l & 63);
            if (rightmost[h] < 0 || d > rightmost[h]) {
                rightmost2[h] = rightmost[h];
                rightmost[h] = d;
            } else if (rightmost2[h] < 0 || d > rightmost2[h]) {
                rightmost2[h] = d;
            }
        }
    }
}
