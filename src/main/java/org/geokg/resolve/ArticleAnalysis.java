package org.geokg.resolve;

import java.util.List;
import java.util.Map;
import org.geokg.article.Article;
import org.geokg.nlp.AnalyzedText;

/**
 * Everything GeoKG extracts from one article.
 *
 * @param article   the article
 * @param text      its sentences and tokens
 * @param mentions  its mentions with the entities they name, in text order
 * @param entities  its entities by key
 * @param positions the offices its people hold, as it states them
 * @param meetings  the meetings it reports
 */
public record ArticleAnalysis(Article article, AnalyzedText text, List<ResolvedMention> mentions,
                              Map<String, Entity> entities, List<Position> positions, List<Meeting> meetings) {
    public ArticleAnalysis {
        mentions = List.copyOf(mentions);
        entities = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entities));
        positions = List.copyOf(positions);
        meetings = List.copyOf(meetings);
    }
}
