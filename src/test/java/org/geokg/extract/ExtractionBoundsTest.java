package org.geokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.geokg.article.Article;
import org.geokg.article.ArticleReader;
import org.geokg.nlp.Sentence;
import org.geokg.nlp.TextAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Extraction is bounded (issue 17, point 1): real text run together into 200 KB with no line or sentence break was
 * one sentence, and the work per sentence grew faster than its length (271 s at 100 KB, unfinished at 300 s for
 * 200 KB). The limit here bounds runaway growth on a loaded machine; it is no benchmark.
 */
class ExtractionBoundsTest {
    private static Extractor extractor;
    private static String realText;

    @BeforeAll
    static void load() {
        extractor = new Extractor(ShippedModels.get());
        List<Article> articles = new ArticleReader().readAll(List.of(Path.of("src/test/resources/dev")), problem -> {
        });
        realText = String.join(" ", articles.stream().map(Article::text).toList());
    }

    /** The real text as one paragraph of about {@code size} characters without a sentence break. */
    static String withoutBreaks(int size) {
        String flat = realText.replaceAll("\\s+", " ").replaceAll("[.!?]", ",");
        return flat.repeat(size / flat.length() + 1).substring(0, size);
    }

    private static Article article(String text) {
        return new Article("bounds", "bounds.txt", null, null, null, text, Map.of());
    }

    @Test
    void twoHundredKilobytesWithoutASentenceBreakAreAnalysedInBoundedTime() {
        ArticleAnalysis analysis = assertTimeoutPreemptively(Duration.ofSeconds(120),
                () -> extractor.analyze(article(withoutBreaks(200_000))));
        assertTrue(analysis.text().tokenCount() > 30_000, "tokens: " + analysis.text().tokenCount());
        for (Sentence sentence : analysis.text().sentences()) {
            // the tagger's tokens, a clitic split from its host after tagging ("Russia" "'s") counted apart
            assertTrue(sentence.size() <= 2 * TextAnalyzer.MAX_SENTENCE_TOKENS, "a sentence of " + sentence.size());
        }
        assertTrue(analysis.mentions().size() > 1000, "mentions: " + analysis.mentions().size());
    }

    @Test
    void anInterruptedAnalysisStops() {
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> extractor.analyze(article(withoutBreaks(20_000))));
        } finally {
            assertTrue(Thread.interrupted(), "the interrupt stays set for the caller to clear");
        }
        assertEquals("bounds.txt", extractor.analyze(article(withoutBreaks(2_000))).article().source(),
                "the extractor goes on with the next article");
    }
}
