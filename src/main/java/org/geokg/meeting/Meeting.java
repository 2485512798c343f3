package org.geokg.meeting;

import java.util.List;
import java.util.Objects;

/**
 * A meeting an article reports: who, what kind, where, when, and the sentences that say so.
 *
 * @param kind         what kind of meeting
 * @param status       whether it took place, is planned, or was called off
 * @param participants keys of the participating entities, at least two
 * @param host         key of the receiving party, or {@code null}
 * @param place        key of the place, or {@code null}
 * @param date         the date, or {@code null} when it cannot be known
 * @param evidence     indexes of the sentences that state it, in order
 * @param confidence   how sure the extractor is, from 0 to 1
 * @param rule         the rule that found it
 */
public record Meeting(Kind kind, Status status, List<String> participants, String host, String place,
                      DateValue date, List<Integer> evidence, double confidence, String rule) {
    /** Kinds of meetings. */
    public enum Kind { MEETING, TALKS, SUMMIT, VISIT, PHONE_CALL }

    /** Whether a meeting happened. */
    public enum Status { OCCURRED, PLANNED, CANCELLED }

    public Meeting {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        participants = List.copyOf(participants);
        evidence = List.copyOf(evidence);
        if (participants.size() < 2) {
            throw new IllegalArgumentException("a meeting needs two or more participants: " + participants);
        }
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("a meeting needs an evidence sentence");
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
    }

    /** The same meeting, of another kind. */
    public Meeting withKind(Kind other) {
        return other == kind ? this : new Meeting(other, status, participants, host, place, date, evidence, confidence,
                rule);
    }
}
