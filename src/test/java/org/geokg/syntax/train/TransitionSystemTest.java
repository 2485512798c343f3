package org.geokg.syntax.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.geokg.syntax.Configuration;
import org.geokg.syntax.Transition;
import org.junit.jupiter.api.Test;

/** The arc-eager system, the dynamic oracle and projectivization, on the sentences of the tiny treebank. */
class TransitionSystemTest {
    private static final int ROOT_LABEL = 0;

    /** Follows zero-cost moves (the first in the order SHIFT, REDUCE, LEFT, RIGHT) from the start. */
    private static int[] followTheOracle(int[] gold) {
        Configuration c = new Configuration();
        DynamicOracle oracle = new DynamicOracle();
        int[] cost = new int[4];
        c.reset(gold.length);
        while (!c.isTerminal()) {
            if (c.isForced()) {
                c.apply(c.forced(ROOT_LABEL));
                continue;
            }
            oracle.costs(c, gold, cost);
            int move = -1;
            for (int m = 0; m < 4 && move < 0; m++) {
                if (cost[m] == 0) {
                    move = m;
                }
            }
            assertTrue(move >= 0, "a zero-cost move exists");
            c.apply(Transition.of(move, 1));
        }
        int[] heads = new int[gold.length];
        for (int i = 0; i < heads.length; i++) {
            heads[i] = c.head(i);
        }
        return heads;
    }

    @Test
    void theOracleReproducesEveryProjectiveTreeExactly() throws Exception {
        List<TreebankSentence> sentences = Treebank.read(TreebankTest.tiny());
        int projective = 0;
        for (TreebankSentence s : sentences) {
            int[] gold = s.headsToEnd();
            if (Projectivity.isProjective(gold)) {
                projective++;
                assertArrayEquals(gold, followTheOracle(gold), s.id());
            } else {
                int[] lifted = Projectivity.projectivize(gold);
                assertArrayEquals(lifted, followTheOracle(lifted), s.id());
            }
        }
        assertEquals(11, projective);
    }

    @Test
    void liftingMakesTheCrossingArcProjective() throws Exception {
        TreebankSentence s = Treebank.read(TreebankTest.tiny()).get(5);
        assertEquals("nonprojective-1", s.id());
        int[] gold = s.headsToEnd();
        assertFalse(Projectivity.isProjective(gold));
        int[] lifted = Projectivity.projectivize(gold);
        assertTrue(Projectivity.isProjective(lifted));
        // "issue" (6) hung from "hearing" (1) is lifted to "scheduled" (3); nothing else moves
        assertEquals(1, gold[6]);
        assertEquals(3, lifted[6]);
        for (int i = 0; i < gold.length; i++) {
            if (i != 6) {
                assertEquals(gold[i], lifted[i]);
            }
        }
    }

    @Test
    void aWrongMoveCostsTheArcsItMakesUnreachable() {
        // "the minister met": the(0) -> minister(1) -> met(2) -> root(3)
        int[] gold = {1, 2, 3};
        Configuration c = new Configuration();
        c.reset(3);
        c.apply(Transition.SHIFT);
        int[] cost = new int[4];
        new DynamicOracle().costs(c, gold, cost);
        assertEquals(0, cost[Transition.LEFT]);
        assertEquals(1, cost[Transition.SHIFT], "the(0) would lose its head minister(1)");
        assertEquals(2, cost[Transition.RIGHT], "minister(1) would lose its head met(2), the(0) its head minister(1)");
        assertEquals(Integer.MAX_VALUE, cost[Transition.REDUCE], "the stack top has no head yet");
        assertNotEquals(0, Transition.classes(1));
    }

    @Test
    void classesEncodeAMoveAndALabel() {
        for (int label = 0; label < 5; label++) {
            for (int move = Transition.LEFT; move <= Transition.RIGHT; move++) {
                int cls = Transition.of(move, label);
                assertEquals(move, Transition.move(cls));
                assertEquals(label, Transition.label(cls));
            }
        }
        assertEquals(Transition.SHIFT, Transition.move(Transition.of(Transition.SHIFT, 3)));
        assertEquals(-1, Transition.label(Transition.REDUCE));
    }
}
