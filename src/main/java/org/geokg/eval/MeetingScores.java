package org.geokg.eval;

import java.util.List;
import java.util.OptionalInt;

/**
 * The scores of a meeting evaluation over unordered participant pairs per article, with every pair's outcome.
 *
 * @param occurred          pairs of meetings that took place: the headline score
 * @param planned           pairs of planned or cancelled meetings
 * @param byKind            the occurred pairs of each kind of meeting (gold kind for recall, kind found for
 *                          precision)
 * @param datesScored       found occurred pairs whose date is scored
 * @param datesRight        of those, with the right date
 * @param placesScored      found occurred pairs whose gold has a place
 * @param placesRight       of those, with the right place
 * @param plannedAsOccurred pairs found as having taken place that the gold has only as planned or cancelled
 * @param occurredAsPlanned pairs found as planned or cancelled that the gold has only as having taken place
 * @param hardNegatives     meetings found whose evidence holds a hard-negative phrase of the article and none of
 *                          whose pairs is in the gold; empty when the set has no hard negatives
 * @param confidentPairs    participant pairs of the meetings found with a confidence of at least {@link #CONFIDENT}
 * @param confidentRight    of those, the pairs in the gold (in the meeting's group of status)
 * @param outcomes          every gold pair (found or missed) and every extra pair, article by article
 * @param wrongDates        found occurred pairs with a wrong date
 */
public record MeetingScores(PairCounts occurred, PairCounts planned, List<KindScore> byKind, int datesScored,
                            int datesRight, int placesScored, int placesRight, int plannedAsOccurred,
                            int occurredAsPlanned, OptionalInt hardNegatives, int confidentPairs,
                            int confidentRight, List<PairOutcome> outcomes, List<String> wrongDates) {
    /** The confidence from which a meeting counts as confident: of its pairs, at least this share should be right. */
    public static final double CONFIDENT = 0.8;

    public MeetingScores {
        byKind = List.copyOf(byKind);
        outcomes = List.copyOf(outcomes);
        wrongDates = List.copyOf(wrongDates);
    }

    /**
     * The occurred pair counts of one kind of meeting.
     *
     * @param kind  the kind, as the gold names it ("visit", "phone_call", ...)
     * @param pairs gold pairs of this kind and how many were found (whatever kind was found), pairs found as this
     *              kind and how many are in the gold (whatever its kind)
     */
    public record KindScore(String kind, PairCounts pairs) {
    }

    /** The scores of one kind; zero counts when neither the gold nor the extractor has it. */
    public PairCounts kind(String kind) {
        return byKind.stream().filter(k -> k.kind().equals(kind)).map(KindScore::pairs).findFirst()
                .orElse(new PairCounts(0, 0, 0, 0));
    }

    /** Right dates over scored dates, 0 when none is scored. */
    public double dateAccuracy() {
        return datesScored == 0 ? 0 : (double) datesRight / datesScored;
    }

    /** Right places over scored places, 0 when none is scored. */
    public double placeAccuracy() {
        return placesScored == 0 ? 0 : (double) placesRight / placesScored;
    }

    /** The outcomes of one kind: found, missed or extra. */
    public List<PairOutcome> outcomes(PairOutcome.Result result) {
        return outcomes.stream().filter(o -> o.result() == result).toList();
    }

    /** The errors, one a line: every missed pair, every extra pair, every wrong date. */
    public String errors() {
        StringBuilder out = new StringBuilder();
        outcomes(PairOutcome.Result.MISSED).forEach(m -> out.append(m.describe()).append('\n'));
        outcomes(PairOutcome.Result.EXTRA).forEach(e -> out.append(e.describe()).append('\n'));
        wrongDates.forEach(d -> out.append("date   ").append(d).append('\n'));
        return out.toString();
    }
}
