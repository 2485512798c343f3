package org.geokg.eval;

import java.util.List;
import java.util.Locale;

/**
 * The scores of a meeting evaluation over unordered participant pairs.
 *
 * @param goldPairs          gold pairs (meetings that took place)
 * @param goldFound          gold pairs that were found
 * @param predictedPairs     predicted pairs
 * @param predictedRight     predicted pairs that are in the gold
 * @param datesScored        matched pairs whose date is scored
 * @param datesRight         of those, with the right date
 * @param placesScored       matched pairs whose gold has a place
 * @param placesRight        of those, with the right place
 * @param plannedAsOccurred  predicted pairs that the gold has only as planned or cancelled
 * @param misses             gold pairs not found
 * @param falseAlarms        predicted pairs not in the gold
 * @param wrongDates         matched pairs with a wrong date
 * @param byKind             the pair counts of each kind of meeting (gold kind for recall, predicted for precision)
 */
public record MeetingScores(int goldPairs, int goldFound, int predictedPairs, int predictedRight, int datesScored,
                            int datesRight, int placesScored, int placesRight, int plannedAsOccurred,
                            List<String> misses, List<String> falseAlarms, List<String> wrongDates,
                            List<KindScore> byKind) {
    public MeetingScores {
        misses = List.copyOf(misses);
        falseAlarms = List.copyOf(falseAlarms);
        wrongDates = List.copyOf(wrongDates);
        byKind = List.copyOf(byKind);
    }

    /**
     * The pair counts of one kind of meeting.
     *
     * @param kind      the kind, as the gold names it ("visit", "phone_call", ...)
     * @param gold      gold pairs of meetings of this kind
     * @param found     of those, found (whatever kind was predicted)
     * @param predicted predicted pairs of meetings of this kind
     * @param right     of those, in the gold (whatever its kind)
     */
    public record KindScore(String kind, int gold, int found, int predicted, int right) {
        double precision() {
            return predicted == 0 ? 0 : (double) right / predicted;
        }

        double recall() {
            return gold == 0 ? 0 : (double) found / gold;
        }
    }

    public double precision() {
        return predictedPairs == 0 ? 0 : (double) predictedRight / predictedPairs;
    }

    public double recall() {
        return goldPairs == 0 ? 0 : (double) goldFound / goldPairs;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The report: scores, then the misses and false alarms. */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "pairs  P %.3f  R %.3f  F1 %.3f  (gold %d, found %d; predicted %d, "
                        + "right %d)%n", precision(), recall(), f1(), goldPairs, goldFound, predictedPairs,
                predictedRight));
        out.append(String.format(Locale.ROOT, "date   %.3f  (%d of %d matched pairs)%n",
                datesScored == 0 ? 0 : (double) datesRight / datesScored, datesRight, datesScored));
        out.append(String.format(Locale.ROOT, "place  %.3f  (%d of %d matched pairs with a gold place)%n",
                placesScored == 0 ? 0 : (double) placesRight / placesScored, placesRight, placesScored));
        out.append("planned or cancelled reported as occurred: ").append(plannedAsOccurred).append('\n');
        for (KindScore k : byKind) {
            out.append(String.format(Locale.ROOT, "kind   %-10s  P %.3f  R %.3f  (gold %d, found %d; predicted %d, "
                    + "right %d)%n", k.kind(), k.precision(), k.recall(), k.gold(), k.found(), k.predicted(),
                    k.right()));
        }
        misses.forEach(m -> out.append("miss   ").append(m).append('\n'));
        falseAlarms.forEach(f -> out.append("extra  ").append(f).append('\n'));
        wrongDates.forEach(d -> out.append("date   ").append(d).append('\n'));
        return out.toString();
    }
}
