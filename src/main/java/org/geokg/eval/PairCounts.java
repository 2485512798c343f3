package org.geokg.eval;

import java.util.Locale;

/**
 * The pair counts of one score: gold pairs and how many were found, found pairs and how many are right.
 *
 * @param gold      gold pairs
 * @param found     of those, found
 * @param predicted pairs found by the extractor
 * @param right     of those, in the gold
 */
public record PairCounts(int gold, int found, int predicted, int right) {
    public PairCounts {
        if (found > gold || right > predicted || Math.min(found, right) < 0) {
            throw new IllegalArgumentException("bad pair counts: gold " + gold + ", found " + found
                    + ", predicted " + predicted + ", right " + right);
        }
    }

    /** Right pairs over predicted pairs, 0 when nothing was predicted. */
    public double precision() {
        return predicted == 0 ? 0 : (double) right / predicted;
    }

    /** Found pairs over gold pairs, 0 when there is no gold. */
    public double recall() {
        return gold == 0 ? 0 : (double) found / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** These counts and another's, summed. */
    public PairCounts plus(PairCounts other) {
        return new PairCounts(gold + other.gold, found + other.found, predicted + other.predicted,
                right + other.right);
    }

    /** {@code P 0.900 R 0.750 F1 0.818 (gold 12, found 9; predicted 10, right 9)}. */
    public String format() {
        return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (gold %d, found %d; predicted %d, right %d)",
                precision(), recall(), f1(), gold, found, predicted, right);
    }
}
