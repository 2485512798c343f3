package org.geokg.eval;

import java.util.Objects;

/**
 * What became of one participant pair of an article in a meeting evaluation: a gold pair found or missed, or a found
 * pair that is not in the gold. Pairs are scored in two groups of status, {@code occurred} and {@code planned}
 * (planned or cancelled); a pair counts as found only when a meeting of the same group has it.
 *
 * @param doc       the article id
 * @param status    {@code occurred} or {@code planned}
 * @param pair      the two names, joined by an en dash: the gold's names for a gold pair, the labels found for an
 *                  extra one
 * @param goldKind  the gold kind (meeting, talks, summit, visit, phone_call), {@code null} for an extra pair
 * @param foundKind the kind found, in the gold's spelling, {@code null} for a miss
 * @param evidence  the evidence sentence found, or the gold's for a miss
 * @param result    found, missed or extra
 */
public record PairOutcome(String doc, String status, String pair, String goldKind, String foundKind,
                          String evidence, Result result) {
    /** Found (a gold pair with a match), missed (a gold pair without), or extra (a found pair not in the gold). */
    public enum Result { FOUND, MISSED, EXTRA }

    /** The group of status that occurred pairs are scored in. */
    public static final String OCCURRED = "occurred";
    /** The group of status that planned and cancelled pairs are scored in. */
    public static final String PLANNED = "planned";

    public PairOutcome {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(pair, "pair");
        Objects.requireNonNull(result, "result");
        if (!OCCURRED.equals(status) && !PLANNED.equals(status)) {
            throw new IllegalArgumentException("status must be occurred or planned: " + status);
        }
    }

    /** One line for people: {@code miss   occurred  wn-...: A – B (the sentence)}. */
    public String describe() {
        String label = switch (result) {
            case FOUND -> "found";
            case MISSED -> "miss ";
            case EXTRA -> "extra";
        };
        return String.format(java.util.Locale.ROOT, "%s  %-8s  %s: %s (%s)", label, status, doc, pair, evidence);
    }
}
