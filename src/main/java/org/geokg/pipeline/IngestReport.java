package org.geokg.pipeline;

import java.util.List;
import org.geokg.extract.StageTimes;

/**
 * What an ingest did.
 *
 * @param articles  articles analysed and stored
 * @param triples   triples written (summed over the article graphs)
 * @param mentions  entity mentions written
 * @param entities  distinct entities named in the ingested articles
 * @param meetings  meetings that took place, found in the ingested articles
 * @param tokens    tokens analysed
 * @param skipped   inputs that were not ingested, each as "source: problem"
 * @param seconds   wall-clock time
 * @param stages    time per stage, summed over the threads: the extraction stages, {@link Ingestor#RDF_MAPPING} and
 *                  {@link Ingestor#STORE_WRITES}
 */
public record IngestReport(long articles, long triples, long mentions, long entities, long meetings, long tokens,
                           List<String> skipped, double seconds, StageTimes stages) {
    public IngestReport {
        skipped = List.copyOf(skipped);
    }

    /** One line for people: counts and rates. */
    public String summary() {
        double rate = seconds > 0 ? articles / seconds : 0;
        return String.format(java.util.Locale.ROOT,
                "ingested %d articles: %d triples, %d mentions, %d entities, %d meetings; skipped %d; "
                        + "%.1f s (%.1f articles/s, %.0f triples/s)",
                articles, triples, mentions, entities, meetings, skipped.size(), seconds, rate,
                seconds > 0 ? triples / seconds : 0);
    }
}
