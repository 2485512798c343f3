package org.geokg.meeting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Merges the mentions of one meeting within an article into one meeting with all their evidence: the same status
 * and participants, compatible dates (the same day, or one of them less precise or unknown) and compatible places
 * (the same place, one of them unknown, or places of different kinds, such as a city and a state).
 */
final class MeetingMerger {
    private MeetingMerger() {
    }

    /** The meetings, mentions of the same meeting merged into the first of them. */
    static List<Meeting> merge(List<Meeting> found) {
        List<Meeting> merged = new ArrayList<>();
        for (Meeting meeting : found) {
            int target = -1;
            for (int i = merged.size() - 1; i >= 0 && target < 0; i--) {
                if (same(merged.get(i), meeting)) {
                    target = i;
                }
            }
            if (target < 0) {
                merged.add(meeting);
            } else {
                merged.set(target, combine(merged.get(target), meeting));
            }
        }
        return merged;
    }

    private static boolean same(Meeting a, Meeting b) {
        return a.status() == b.status()
                && new TreeSet<>(a.participants()).equals(new TreeSet<>(b.participants()))
                && (a.date() == null || b.date() == null || a.date().compatibleWith(b.date()))
                && compatiblePlaces(a.place(), b.place());
    }

    /** Two places can be those of one meeting unless they are different places of the same kind (two cities). */
    private static boolean compatiblePlaces(String a, String b) {
        return a == null || b == null || a.equals(b) || !kind(a).equals(kind(b));
    }

    private static String kind(String key) {
        int slash = key.indexOf('/');
        return slash < 0 ? key : key.substring(0, slash);
    }

    private static Meeting combine(Meeting a, Meeting b) {
        List<Integer> evidence = new ArrayList<>(new TreeSet<>(a.evidence()));
        b.evidence().stream().filter(e -> !evidence.contains(e)).forEach(evidence::add);
        evidence.sort(Comparator.naturalOrder());
        Meeting.Kind kind = a.kind() == Meeting.Kind.MEETING ? b.kind() : a.kind();
        DateValue date = a.date() == null ? b.date()
                : b.date() != null && b.date().precision().compareTo(a.date().precision()) < 0 ? b.date() : a.date();
        return new Meeting(kind, a.status(), a.participants(), a.host() != null ? a.host() : b.host(),
                a.place() != null ? a.place() : b.place(), date, evidence, Math.max(a.confidence(), b.confidence()),
                a.rule().equals(b.rule()) ? a.rule() : a.rule() + "," + b.rule());
    }
}
