package org.geokg.eval;

import java.util.List;

/**
 * One annotated meeting (a line of a {@code meetings.jsonl} gold file).
 *
 * @param doc          the article id
 * @param participants the parties as written in the article
 * @param place        the place as written, or {@code null}
 * @param date         ISO date ({@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}), or {@code null}
 * @param kind         meeting, talks, visit, phone_call or summit
 * @param status       occurred, planned or cancelled
 * @param evidence     the sentence that states it
 */
public record GoldMeeting(String doc, List<String> participants, String place, String date, String kind,
                          String status, String evidence) {
    public GoldMeeting {
        participants = List.copyOf(participants);
    }
}
