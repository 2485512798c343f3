package org.geokg.syntax.train;

/**
 * Crossing arcs. The arc-eager system builds only projective trees (no two arcs cross when drawn above the
 * sentence), so the few non-projective training trees are made projective by lifting: the shortest non-projective
 * arc is moved to its head's head until none is left (Nivre and Nilsson, "Pseudo-projective dependency parsing", 2005,
 * without their label encoding). Heads are positions from 0, the root's head being {@code n}.
 */
final class Projectivity {
    private Projectivity() {
    }

    /** Whether no two arcs of the tree cross: every word between a head and its dependent descends from the head. */
    static boolean isProjective(int[] heads) {
        return shortestNonProjective(heads) < 0;
    }

    /** A projective tree made from a tree by lifting crossing arcs; the tree itself when it is projective. */
    static int[] projectivize(int[] heads) {
        int[] lifted = heads.clone();
        int n = lifted.length;
        for (int dependent = shortestNonProjective(lifted); dependent >= 0; dependent = shortestNonProjective(lifted)) {
            int head = lifted[dependent];
            lifted[dependent] = head == n ? n : lifted[head];
        }
        return lifted;
    }

    /**
     * The dependent of the shortest non-projective arc (the leftmost of equal ones), or {@code -1}. An arc is
     * non-projective when a word between its head and its dependent is not a descendant of its head.
     */
    private static int shortestNonProjective(int[] heads) {
        int n = heads.length;
        int best = -1;
        int bestLength = Integer.MAX_VALUE;
        for (int d = 0; d < n; d++) {
            int h = heads[d];
            int lo = Math.min(d, h);
            int hi = Math.max(d, h);
            if (hi - lo < bestLength && !coversOnlyDescendants(heads, h, lo, hi)) {
                best = d;
                bestLength = hi - lo;
            }
        }
        return best;
    }

    /** Whether every word strictly between {@code lo} and {@code hi} descends from {@code head}. */
    private static boolean coversOnlyDescendants(int[] heads, int head, int lo, int hi) {
        int n = heads.length;
        for (int k = lo + 1; k < hi; k++) {
            int t = k;
            for (int steps = 0; t != head && t != n && steps <= n; steps++) {
                t = heads[t];
            }
            if (t != head) {
                return false;
            }
        }
        return true;
    }
}
