package org.geokg.syntax;

/**
 * The classes of the arc-eager transition system as the model scores them: {@code SHIFT}, {@code REDUCE}, and a
 * {@code LEFT} and a {@code RIGHT} arc for each relation label. Class {@code 0} is SHIFT, {@code 1} REDUCE,
 * {@code 2 + 2l} LEFT with label {@code l} and {@code 3 + 2l} RIGHT with label {@code l}.
 */
public final class Transition {
    /** Push the first buffer token onto the stack. */
    public static final int SHIFT = 0;
    /** Pop the stack top, which has its head. */
    public static final int REDUCE = 1;
    /** Make the first buffer token the head of the stack top, and pop it. */
    public static final int LEFT = 2;
    /** Make the stack top the head of the first buffer token, and push that token. */
    public static final int RIGHT = 3;

    private Transition() {
    }

    /** The number of classes for a number of labels. */
    public static int classes(int labels) {
        return 2 + 2 * labels;
    }

    /** The move of a class: {@link #SHIFT}, {@link #REDUCE}, {@link #LEFT} or {@link #RIGHT}. */
    public static int move(int cls) {
        return cls < 2 ? cls : LEFT + ((cls - 2) & 1);
    }

    /** The label of an arc class, or {@code -1} for SHIFT and REDUCE. */
    public static int label(int cls) {
        return cls < 2 ? -1 : (cls - 2) >> 1;
    }

    /** The class of a move with a label ({@code label} is ignored for SHIFT and REDUCE). */
    public static int of(int move, int label) {
        return switch (move) {
            case SHIFT, REDUCE -> move;
            case LEFT -> 2 + 2 * label;
            case RIGHT -> 3 + 2 * label;
            default -> throw new IllegalArgumentException("no such move: " + move);
        };
    }
}
