package org.geokg.spark;

import java.util.List;
import java.util.Locale;

/**
 * What a run of the job did, in the terms of {@code geokg ingest}'s report.
 *
 * @param articles     articles written
 * @param quads        quads written
 * @param mentions     mention rows
 * @param entities     distinct entity IRIs
 * @param meetings     meetings that took place, one per article reporting one
 * @param skipped      input records skipped (unreadable, duplicate or failed)
 * @param someSkipped  the first skipped records, each with its problem, in name order
 * @param seconds      wall time of the job, from listing the input to the last table written
 */
record JobReport(long articles, long quads, long mentions, long entities, long meetings, long skipped,
                 List<String> someSkipped, double seconds) {
    JobReport {
        someSkipped = List.copyOf(someSkipped);
    }

    /** One line, as {@code geokg ingest} prints. */
    String summary() {
        return String.format(Locale.ROOT, "ingested %d articles: %d quads, %d mentions, %d entities, %d meetings; "
                + "skipped %d; %.1f s (%.1f articles/s)", articles, quads, mentions, entities, meetings, skipped,
                seconds, articles / seconds);
    }
}
