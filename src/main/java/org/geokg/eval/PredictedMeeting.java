package org.geokg.eval;

import java.util.List;
import java.util.Set;

/**
 * A meeting as the store holds it, with every name of each participant for lenient matching.
 *
 * @param doc          the article id
 * @param participants for each participant, its label first, then its other names
 * @param place        the place's label, or {@code null}
 * @param date         the date's lexical form, or {@code null}
 * @param kind         the meeting's class name (Meeting, Talks, ...)
 * @param status       occurred, planned or cancelled
 * @param evidence     the first sentence of the article that states it, or {@code null}
 * @param confidence   the confidence the extractor gave it, or {@code NaN} when it gave none
 */
public record PredictedMeeting(String doc, List<Set<String>> participants, String place, String date, String kind,
                               String status, String evidence, double confidence) {
    public PredictedMeeting {
        participants = List.copyOf(participants);
    }
}
