package org.geokg.extract;

import java.util.List;
import java.util.Map;
import org.geokg.article.Article;
import org.geokg.link.EntityLink;
import org.geokg.meeting.Meeting;
import org.geokg.nlp.AnalyzedText;
import org.geokg.resolve.ActingAgent;
import org.geokg.resolve.Entity;
import org.geokg.resolve.Position;
import org.geokg.resolve.ResolvedMention;

/**
 * Everything GeoKG extracts from one article.
 *
 * @param article   the article
 * @param text      its sentences and tokens
 * @param mentions  its mentions with the entities they name, in text order
 * @param entities  its entities by key
 * @param positions the offices its people hold, as it states them
 * @param meetings  the meetings it reports
 * @param links     the links of its entities to Wikidata and GeoNames, by entity key
 * @param actingAgents capitals and seats of government standing for their state
 */
public record ArticleAnalysis(Article article, AnalyzedText text, List<ResolvedMention> mentions,
                              Map<String, Entity> entities, List<Position> positions, List<Meeting> meetings,
                              Map<String, EntityLink> links, List<ActingAgent> actingAgents) {
    public ArticleAnalysis {
        mentions = List.copyOf(mentions);
        entities = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entities));
        positions = List.copyOf(positions);
        meetings = List.copyOf(meetings);
        links = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(links));
        actingAgents = List.copyOf(actingAgents);
    }
}
