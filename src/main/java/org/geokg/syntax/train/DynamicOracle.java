package org.geokg.syntax.train;

import org.geokg.syntax.Configuration;
import org.geokg.syntax.Transition;

/**
 * The dynamic oracle of the arc-eager system (Goldberg and Nivre, "Training deterministic parsers with
 * non-deterministic oracles", TACL 2013): the cost of a move in any state, the number of gold arcs that become
 * unreachable by making it. A move of cost 0 leads to the best tree still reachable, so the parser can be trained
 * in the states its own mistakes lead to. Exact for projective gold trees; the root token {@code n} sits at the end
 * of the buffer.
 */
final class DynamicOracle {
    private boolean[] inStack = new boolean[0];

    /**
     * Writes the cost of each move, by {@link Transition} move number, into {@code cost}; an illegal move costs
     * {@link Integer#MAX_VALUE}.
     *
     * @param gold the gold head of each token, {@code n} for the root
     */
    void costs(Configuration c, int[] gold, int[] cost) {
        int n = c.size();
        if (inStack.length < n + 1) {
            inStack = new boolean[Math.max(n + 1, 2 * inStack.length)];
        }
        java.util.Arrays.fill(inStack, 0, n + 1, false);
        for (int i = 0; i < c.depth(); i++) {
            inStack[c.stack(i)] = true;
        }
        int s0 = c.stack(0);
        int b = c.bufferFront();
        int childrenOfS0InBuffer = 0;
        if (s0 >= 0) {
            for (int k = b; k < n; k++) {
                if (gold[k] == s0) {
                    childrenOfS0InBuffer++;
                }
            }
        }
        int headlessChildrenOfBInStack = 0;
        if (b < n) {
            for (int i = 0; i < c.depth(); i++) {
                int k = c.stack(i);
                if (gold[k] == b && c.head(k) < 0) {
                    headlessChildrenOfBInStack++;
                }
            }
        }
        cost[Transition.LEFT] = !c.isLegal(Transition.LEFT) ? Integer.MAX_VALUE
                : (gold[s0] > b ? 1 : 0) + childrenOfS0InBuffer;
        cost[Transition.RIGHT] = !c.isLegal(Transition.RIGHT) ? Integer.MAX_VALUE
                : (gold[b] != s0 && (gold[b] > b || inStack[gold[b]]) ? 1 : 0) + headlessChildrenOfBInStack;
        cost[Transition.REDUCE] = !c.isLegal(Transition.REDUCE) ? Integer.MAX_VALUE : childrenOfS0InBuffer;
        cost[Transition.SHIFT] = !c.isLegal(Transition.SHIFT) ? Integer.MAX_VALUE
                : (gold[b] < n && inStack[gold[b]] ? 1 : 0) + headlessChildrenOfBInStack;
    }
}
