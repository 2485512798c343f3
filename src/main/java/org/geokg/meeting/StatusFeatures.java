package org.geokg.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.geokg.nlp.Sentence;
import org.geokg.syntax.Parse;

/**
 * The features the status model weighs to tell a meeting that took place from a planned or a called-off one: the
 * word of meeting and its form; the auxiliaries, particles and negations attached to it and to the verbs above it
 * ("will meet", "is to visit", "plans to hold talks", "did not meet"); the verb that governs it ("agreed to meet");
 * the words before it; whether the date the sentence gives lies after the article's; the words of the future anywhere
 * in the sentence; and whether it has no verb at all, as the items of a programme.
 */
final class StatusFeatures {
    private StatusFeatures() {
    }

    /** The status features of a trigger in a sentence, given the date found for it and the publication date. */
    static List<String> of(Sentence s, Parse parse, Trigger trigger, DateValue date, LocalDate published) {
        int t = trigger.index();
        List<String> f = new ArrayList<>();
        f.add("bias");
        f.add("word=" + SentenceLib.lower(s, t));
        f.add("kind=" + trigger.kind());
        f.add("pos=" + s.token(t).pos());
        f.add("rel=" + parse.label(t));
        f.add("rule=" + MeetingStatus.of(s, t));
        int node = t;
        for (int depth = 0; node >= 0 && depth < 3; depth++) {
            for (int child : parse.children(node)) {
                String label = parse.label(child);
                if (label.startsWith("aux") || label.equals("mark") || label.equals("advmod")
                        || label.startsWith("obl:tmod") || label.equals("neg")) {
                    f.add("d" + depth + "-" + label + "=" + SentenceLib.lower(s, child));
                    f.add("any-" + label + "=" + SentenceLib.lower(s, child));
                }
            }
            int head = parse.head(node);
            if (head >= 0) {
                f.add("d" + depth + "-head=" + parse.label(node) + ":" + SentenceLib.lower(s, head));
            }
            node = head;
        }
        for (int i = Math.max(0, t - 3); i < t; i++) {
            f.add("before=" + SentenceLib.lower(s, i));
        }
        if (date != null && published != null) {
            LocalDate day = date.date();
            boolean after = switch (date.precision()) {
                case DAY -> day.isAfter(published);
                case MONTH -> day.withDayOfMonth(1).isAfter(published.withDayOfMonth(1));
                case YEAR -> day.getYear() > published.getYear();
            };
            boolean before = switch (date.precision()) {
                case DAY -> day.isBefore(published);
                case MONTH -> day.withDayOfMonth(1).isBefore(published.withDayOfMonth(1));
                case YEAR -> day.getYear() < published.getYear();
            };
            f.add(after ? "date=after" : before ? "date=before" : "date=same");
        } else {
            f.add("date=none");
        }
        if (MeetingStatus.isNegated(s, t)) {
            f.add("negated");
        }
        boolean verb = false;
        for (int i = 0; i < s.size(); i++) {
            String pos = s.token(i).pos();
            verb |= pos.equals("VERB") || pos.equals("AUX");
            if (MeetingStatus.isFutureWord(SentenceLib.lower(s, i))) {
                f.add("sentence-future=" + SentenceLib.lower(s, i));
            }
        }
        if (!verb) {
            f.add("verbless"); // an item of a programme: "Meetings with X and Y."
        }
        return f;
    }
}
