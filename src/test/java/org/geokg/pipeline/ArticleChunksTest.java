package org.geokg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.geokg.article.Article;
import org.junit.jupiter.api.Test;

class ArticleChunksTest {
    private static Article article(String id, String text) {
        return new Article(id, id + ".json", null, "Title " + id, LocalDate.of(2018, 1, 2), text,
                Map.of("publisher", "PM"));
    }

    @Test
    void documentsAreCutAtParagraphEndsOnceAChunkHoldsEnoughWords() {
        List<Article> chunks = ArticleChunks.of(List.of(
                article("a", "one two three\n\nfour five\n\nsix seven eight nine\n\nten"),
                article("b", "eleven twelve")), 4, 10);
        assertEquals(List.of("a-0", "a-1", "a-2", "b-0"), chunks.stream().map(Article::id).toList());
        assertEquals(List.of("one two three\n\nfour five", "six seven eight nine", "ten", "eleven twelve"),
                chunks.stream().map(Article::text).toList());
        assertEquals("Title a", chunks.get(2).title());
        assertEquals(LocalDate.of(2018, 1, 2), chunks.get(3).published());
        assertEquals(Map.of("publisher", "PM"), chunks.get(1).metadata());
    }

    @Test
    void theLimitCountsChunks() {
        List<Article> chunks = ArticleChunks.of(List.of(article("a", "w w\n\nw w\n\nw w"), article("b", "w")), 2, 2);
        assertEquals(List.of("a-0", "a-1"), chunks.stream().map(Article::id).toList());
    }
}
