package org.geokg.meeting;

import static org.geokg.meeting.SentenceLib.isStatementVerb;
import static org.geokg.meeting.SentenceLib.lower;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.geokg.nlp.AnalyzedText;
import org.geokg.nlp.Sentence;
import org.geokg.resolve.Position;

/**
 * Dates meetings: the date expression nearest a trigger in its sentence, not the date of a statement about it
 * ("X met Y, the Kremlin said on Tuesday"); for a meeting that took place without one, the date of its paragraph,
 * else that of the dated visit whose host side it is with; and for an undated visit that of the first dated meeting
 * of its visitor with the host side there.
 *
 * <p>Immutable and thread-safe.
 */
final class MeetingDates {
    /** Auxiliaries of the present perfect: "X has arrived in Israel" is news of the day. */
    private static final Set<String> PERFECT_AUXILIARIES = Set.of("has", "have");

    private final DateFinder dates = new DateFinder();

    /** The date of the meeting a trigger at token {@code t} reports, or {@code null}. */
    DateValue date(Sentence sentence, int t, LocalDate published, Meeting.Status status) {
        if (published != null && status == Meeting.Status.OCCURRED && t > 0
                && PERFECT_AUXILIARIES.contains(lower(sentence, t - 1))
                && dates.find(sentence, published).isEmpty()) {
            return DateValue.day(published); // "X has arrived in Israel": news in the present perfect is today's
        }
        DateFinder.DateMention best = null;
        for (DateFinder.DateMention d : dates.find(sentence, published, status == Meeting.Status.PLANNED)) {
            if (d.tokenBegin() > 0 && isStatementVerb(lower(sentence, d.tokenBegin() - 1))) {
                continue; // "X said Tuesday he will meet Y": the date of the statement
            }
            if (d.tokenBegin() > t) {
                if (statementVerbBetween(sentence, t + 1, d.tokenBegin())) {
                    continue; // "X met Y, the Kremlin said on Tuesday": the date of the statement
                }
                if (best == null || best.tokenBegin() < t || d.tokenBegin() < best.tokenBegin()) {
                    best = d;
                }
            } else if ((best == null || best.tokenBegin() < t) && !statementVerbBetween(sentence, d.tokenEnd(), t)) {
                best = d;
            }
        }
        return best == null ? null : best.value();
    }

    /** Whether a date expression of a sentence begins at token {@code from} or the one after: "in Iran on Monday". */
    boolean dateAt(Sentence sentence, int from, LocalDate published) {
        return dates.find(sentence, published).stream()
                .anyMatch(d -> d.tokenBegin() == from || d.tokenBegin() == from + 1);
    }

    /** The dates a sentence gives, read forward from the publication date: a programme's "Tuesday, 4 July". */
    List<DateValue> givenIn(Sentence sentence, LocalDate published) {
        return dates.find(sentence, published, true).stream().map(DateFinder.DateMention::value).toList();
    }

    /**
     * The meetings found in an article, those that took place without a date dated from their context: the
     * paragraph, else a visit; then undated visits from their meetings.
     */
    List<Meeting> fromContext(AnalyzedText text, List<Meeting> found, LocalDate published, List<Position> positions) {
        List<Meeting> dated = new ArrayList<>(found.size());
        for (Meeting meeting : found) {
            Meeting withDate = meeting.date() != null || meeting.status() != Meeting.Status.OCCURRED ? meeting
                    : dateFromParagraph(text, meeting, published);
            dated.add(withDate.date() != null || meeting.status() != Meeting.Status.OCCURRED ? withDate
                    : dateFromVisit(withDate, found, positions));
        }
        dated.replaceAll(meeting -> visitDateFromItsMeetings(meeting, dated, positions));
        return dated;
    }

    /**
     * A meeting whose sentence gives no date takes the date of the closest of the three sentences before it in
     * the same paragraph that gives one: "On Monday, X paid a visit to Y. During his visit, he met Z."
     */
    private Meeting dateFromParagraph(AnalyzedText text, Meeting meeting, LocalDate published) {
        int index = meeting.evidence().get(0);
        Sentence sentence = text.sentences().get(index);
        for (int i = index - 1; i >= Math.max(0, index - 3); i--) {
            Sentence previous = text.sentences().get(i);
            if (previous.paragraph() != sentence.paragraph()) {
                break;
            }
            for (DateFinder.DateMention d : dates.find(previous, published)) {
                if (d.tokenBegin() == 0 || !isStatementVerb(lower(previous, d.tokenBegin() - 1))) {
                    return new Meeting(meeting.kind(), meeting.status(), meeting.participants(), meeting.host(),
                            meeting.place(), d.value(), meeting.evidence(), Math.max(0, meeting.confidence() - 0.1),
                            meeting.rule() + "+date:paragraph");
                }
            }
        }
        return meeting;
    }

    /**
     * A meeting of a visitor with the host side of a visit the article dates takes the visit's date: "X paid a visit
     * to Georgia on Sunday. During her meeting with Georgian President Y, X said ...".
     */
    private static Meeting dateFromVisit(Meeting meeting, List<Meeting> found, List<Position> positions) {
        for (Meeting visit : found) {
            if (visit.kind() != Meeting.Kind.VISIT || visit.status() != Meeting.Status.OCCURRED
                    || visit.date() == null || visit.host() == null || visit == meeting) {
                continue;
            }
            String visitor = visit.participants().get(0);
            String hostState = visit.host().startsWith("state/") ? visit.host() : positions.stream()
                    .filter(p -> p.person().equals(visit.host())).map(Position::state).findFirst().orElse(null);
            boolean withHostSide = meeting.participants().contains(visitor) && meeting.participants().stream()
                    .filter(p -> !p.equals(visitor)).allMatch(p -> p.equals(visit.host()) || p.equals(hostState)
                            || positions.stream().anyMatch(o -> o.person().equals(p) && o.state().equals(hostState)));
            if (withHostSide) {
                return new Meeting(meeting.kind(), meeting.status(), meeting.participants(), meeting.host(),
                        meeting.place(), visit.date(), meeting.evidence(), Math.max(0, meeting.confidence() - 0.1),
                        meeting.rule() + "+date:visit");
            }
        }
        return meeting;
    }

    /**
     * An undated visit takes the date of the first meeting the article dates between the visitor and the host side
     * at the visit's destination: "The Chinese leader's three-day visit to Moscow ..." begins with the talks with
     * the Russian president on Monday.
     */
    private static Meeting visitDateFromItsMeetings(Meeting visit, List<Meeting> found, List<Position> positions) {
        if (visit.kind() != Meeting.Kind.VISIT || visit.status() != Meeting.Status.OCCURRED || visit.date() != null
                || visit.host() == null || !visit.host().startsWith("state/")) {
            return visit;
        }
        String visitor = visit.participants().get(0);
        return found.stream()
                .filter(m -> m.kind() != Meeting.Kind.VISIT && m.status() == Meeting.Status.OCCURRED
                        && m.date() != null && m.participants().contains(visitor)
                        && (visit.place() == null || m.place() == null || visit.place().equals(m.place()))
                        && m.participants().stream().anyMatch(p -> p.equals(visit.host()) || positions.stream()
                                .anyMatch(o -> o.person().equals(p) && o.state().equals(visit.host()))))
                .map(Meeting::date)
                .min(Comparator.comparing(DateValue::lexical))
                .map(first -> new Meeting(visit.kind(), visit.status(), visit.participants(), visit.host(),
                        visit.place(), first, visit.evidence(), Math.max(0, visit.confidence() - 0.1),
                        visit.rule() + "+date:first-meeting"))
                .orElse(visit);
    }

    /** Whether a verb of reported speech stands from token {@code from} up to {@code to}. */
    private static boolean statementVerbBetween(Sentence sentence, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isStatementVerb(lower(sentence, i))) {
                return true;
            }
        }
        return false;
    }
}
