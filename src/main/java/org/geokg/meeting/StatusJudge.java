package org.geokg.meeting;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.geokg.nlp.AnalyzedText;
import org.geokg.nlp.Sentence;
import org.geokg.syntax.DependencyParser;
import org.geokg.syntax.Parse;

/**
 * Decides the status of the meetings of one article: the words around the trigger propose it ({@link MeetingStatus}:
 * a word of calling off makes it cancelled, a modal word before it planned), and the learned {@link StatusModel},
 * over the trigger's parse, overturns "took place" for "planned" or the reverse when it is sure
 * ({@link #OVERTURN} or more), as in "My visit to Turkey will also provide ..." where the future comes after the
 * trigger. A sentence with no verb ("Meetings with X and Y.") takes the future of the programme it belongs to. Each
 * sentence that holds a trigger is parsed once. Made per article; not thread-safe (the parser is the calling thread's).
 */
final class StatusJudge {
    /** How sure the model must be to overturn the status the words around a trigger propose. */
    static final double OVERTURN = 0.7;
    /** How many sentences before a verbless one may give the day of the programme it belongs to. */
    private static final int PROGRAMME_REACH = 3;

    private final DependencyParser parser;
    private final StatusModel model;
    private final MeetingDates dates;
    private final LocalDate published;
    private final AnalyzedText text;
    private final Map<Integer, Parse> parses = new HashMap<>();

    StatusJudge(DependencyParser parser, StatusModel model, MeetingDates dates, LocalDate published,
                AnalyzedText text) {
        this.parser = parser;
        this.text = text;
        this.model = model;
        this.dates = dates;
        this.published = published;
    }

    /** The status of the meeting a trigger reports. */
    Meeting.Status status(Sentence sentence, Trigger trigger) {
        Meeting.Status proposed = MeetingStatus.of(sentence, trigger.index());
        if (proposed == Meeting.Status.OCCURRED && !hasVerb(sentence) && futureBefore(sentence)) {
            return Meeting.Status.PLANNED; // an item of a programme announced before it: "Meetings with X and Y."
        }
        if (model == null || proposed == Meeting.Status.CANCELLED
                || proposed == Meeting.Status.PLANNED && MeetingStatus.prospectiveGerund(sentence, trigger.index())) {
            return proposed; // "flew to Paris ahead of meeting X": the meeting is still to come, whatever the tense
        }
        Meeting.Status other = proposed == Meeting.Status.OCCURRED ? Meeting.Status.PLANNED : Meeting.Status.OCCURRED;
        return model.probability(features(sentence, trigger, proposed), other) >= OVERTURN ? other : proposed;
    }

    /** The dependency parse of a sentence of the article, parsed once. */
    Parse parse(Sentence sentence) {
        return parses.computeIfAbsent(sentence.index(), i -> parser.parse(sentence));
    }

    /** The status features of a trigger, with the date its words give. */
    List<String> features(Sentence sentence, Trigger trigger) {
        return features(sentence, trigger, MeetingStatus.of(sentence, trigger.index()));
    }

    /** The status features of a trigger whose words propose a status, with the date they give for it. */
    private List<String> features(Sentence sentence, Trigger trigger, Meeting.Status proposed) {
        Parse parse = parse(sentence);
        DateValue date = dates.date(sentence, trigger.index(), published, proposed);
        return StatusFeatures.of(sentence, parse, trigger, date, published);
    }

    /**
     * Whether a verbless sentence belongs to a programme of the future: a day after the publication is given a few
     * sentences before it, or the nearest sentence with a verb before it speaks of the future. A verbless sentence has
     * no tense of its own.
     */
    private boolean futureBefore(Sentence sentence) {
        int index = sentence.index();
        for (int i = index - 1; i >= Math.max(0, index - PROGRAMME_REACH) && published != null; i--) {
            if (dates.givenIn(text.sentences().get(i), published).stream()
                    .anyMatch(d -> d.date().isAfter(published))) {
                return true; // the day of the programme: "Tuesday, 4 July"
            }
        }
        for (int i = index - 1; i >= 0; i--) {
            Sentence before = text.sentences().get(i);
            if (hasVerb(before)) {
                for (int k = 0; k < before.size(); k++) {
                    if (MeetingStatus.isFutureWord(SentenceLib.lower(before, k))) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    private static boolean hasVerb(Sentence sentence) {
        for (int i = 0; i < sentence.size(); i++) {
            if (Pos.isVerb(sentence.token(i).pos())) {
                return true;
            }
        }
        return false;
    }
}
