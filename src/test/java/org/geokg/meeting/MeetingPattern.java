package org.geokg.meeting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * A meeting as {@code cases/meetings.tsv} writes it: seven fields separated by spaces,
 * {@code KIND STATUS PARTICIPANTS HOST PLACE DATE EVIDENCE}. {@code *} leaves a field unchecked and {@code -} asks
 * for none (no host, place or date). The participants are entity keys joined by commas, in any order, each once;
 * the date is written as {@link ExpectedDate} reads it; the evidence is the indexes of the sentences that state the
 * meeting, in order, joined by commas.
 */
record MeetingPattern(String kind, String status, String participants, String host, String place, String date,
                      String evidence) {
    static final String ANY = "*";
    private static final String NONE = "-";

    /** Parses the written form. */
    static MeetingPattern parse(String written) {
        String[] f = written.split(" ");
        if (f.length != 7) {
            throw new IllegalArgumentException("a meeting is KIND STATUS PARTICIPANTS HOST PLACE DATE EVIDENCE, with"
                    + " * for any: '" + written + "'");
        }
        MeetingPattern pattern = new MeetingPattern(f[0], f[1], f[2], f[3], f[4], f[5], f[6]);
        if (!pattern.kind.equals(ANY)) {
            Meeting.Kind.valueOf(pattern.kind);
        }
        if (!pattern.status.equals(ANY)) {
            Meeting.Status.valueOf(pattern.status);
        }
        List<String> keys = List.of(pattern.participants.split(","));
        if (new HashSet<>(keys).size() != keys.size()) {
            throw new IllegalArgumentException("a participant twice: '" + written + "'");
        }
        if (!pattern.date.equals(ANY) && !pattern.date.equals(NONE)) {
            ExpectedDate.checked(pattern.date);
        }
        return pattern;
    }

    /** The fields of the meeting that differ from this pattern ("place: expected X but was Y"); none if it matches. */
    List<String> mismatches(Meeting m) {
        List<String> wrong = new ArrayList<>();
        check(wrong, "kind", kind, m.kind().name(), () -> kind.equals(m.kind().name()));
        check(wrong, "status", status, m.status().name(), () -> status.equals(m.status().name()));
        check(wrong, "participants", participants, String.join(",", m.participants()),
                () -> sorted(List.of(participants.split(","))).equals(sorted(m.participants())));
        check(wrong, "host", host, key(m.host()), () -> host.equals(key(m.host())));
        check(wrong, "place", place, key(m.place()), () -> place.equals(key(m.place())));
        check(wrong, "date", date, ExpectedDate.format(m.date()),
                () -> date.equals(NONE) ? m.date() == null : ExpectedDate.matches(date, m.date()));
        check(wrong, "evidence", evidence, join(m.evidence()), () -> evidence.equals(join(m.evidence())));
        return wrong;
    }

    /** The written form of a meeting, every field given. */
    static String format(Meeting m) {
        return String.join(" ", m.kind().name(), m.status().name(), String.join(",", m.participants()),
                key(m.host()), key(m.place()), ExpectedDate.format(m.date()), join(m.evidence()));
    }

    @Override
    public String toString() {
        return String.join(" ", kind, status, participants, host, place, date, evidence);
    }

    private static void check(List<String> wrong, String field, String expected, String actual,
                              BooleanSupplier equal) {
        if (!expected.equals(ANY) && !equal.getAsBoolean()) {
            wrong.add(field + ": expected " + expected + " but was " + actual);
        }
    }

    private static String key(String key) {
        return Objects.requireNonNullElse(key, NONE);
    }

    private static String join(List<Integer> indexes) {
        return indexes.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<String> sorted(List<String> keys) {
        return keys.stream().sorted().toList();
    }
}
