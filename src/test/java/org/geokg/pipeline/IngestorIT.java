package org.geokg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.geokg.GeoKgException;
import org.geokg.article.Article;
import org.geokg.extract.ExtractionModels;
import org.geokg.extract.ShippedModels;
import org.geokg.store.GraphWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ingest's counts and its end when a write fails, over the shipped models and a writer of the test's own. */
class IngestorIT {
    private static ExtractionModels models;

    @BeforeAll
    static void loadModels() {
        models = ShippedModels.get();
    }

    private static Article article(String id, String text) {
        return new Article(id, id + ".txt", null, "Leaders meet", null, text, Map.of());
    }

    /** A writer that keeps the graph names it was given and fails at the write numbered {@code failAt} (from 1). */
    private static final class Writer implements GraphWriter {
        final List<Node> written = new ArrayList<>();
        final int failAt;
        int writes;

        Writer(int failAt) {
            this.failAt = failAt;
        }

        @Override
        public synchronized void replaceGraphs(Map<Node, Graph> graphs) {
            if (++writes == failAt) {
                throw new GeoKgException("SPARQL endpoint http://localhost:1/ds: connection refused");
            }
            written.addAll(graphs.keySet());
        }

        @Override
        public String describe() {
            return "http://localhost:1/ds";
        }
    }

    /** Articles made as they are read, counting how many were. */
    private static final class Articles extends AbstractList<Article> {
        final AtomicInteger read = new AtomicInteger();
        final int size;

        Articles(int size) {
            this.size = size;
        }

        @Override
        public Article get(int index) {
            read.incrementAndGet();
            return article("a" + index, "Leaders meet\n\nPresident Joe Biden met Chinese leader Xi Jinping in Beijing"
                    + " on Monday, visit number " + index + ".");
        }

        @Override
        public int size() {
            return size;
        }
    }

    /** Issue 17: the writer failed at its first write, yet every article was read and analysed before the error. */
    @Test
    void aFailedWriteEndsTheIngestAtOnceAndSaysWhatWasCommitted() {
        Articles articles = new Articles(5000);
        Writer writer = new Writer(1);
        GeoKgException e = assertThrows(GeoKgException.class,
                () -> new Ingestor(models, writer, 2).ingestArticles(articles, line -> { }));
        assertEquals("cannot write to the store: SPARQL endpoint http://localhost:1/ds: connection refused; 0 articles "
                + "were committed before (running the same ingest again stores the rest)", e.getMessage());
        assertTrue(articles.read.get() < 1000, "the reading stopped at the failure: " + articles.read + " read");
    }

    @Test
    void theCountOfCommittedArticlesIsWhatTheWriterTook() {
        Articles articles = new Articles(3000);
        Writer writer = new Writer(2);
        GeoKgException e = assertThrows(GeoKgException.class,
                () -> new Ingestor(models, writer, 2).ingestArticles(articles, line -> { }));
        assertTrue(writer.written.size() > 0, "the first write went through");
        assertTrue(e.getMessage().contains("; " + writer.written.size() + " articles were committed before"),
                e.getMessage());
    }

    /** Issue 17: the same article twice in a batch was counted twice. */
    @Test
    void theSameArticleTwiceIsCountedAndStoredOnce() {
        String text = "Leaders meet\n\nPresident Joe Biden met Chinese leader Xi Jinping in Beijing on Monday.";
        Article first = article("same", text);
        Article again = new Article("same", "again.json", null, null, null, text + " Again.", Map.of());
        Writer writer = new Writer(0);
        IngestReport report = new Ingestor(models, writer, 2).ingestArticles(List.of(first, first, again),
                line -> { });
        assertEquals(1, report.articles());
        assertEquals(1, writer.written.size());
        assertEquals(List.of("same.txt: the same article id as an earlier input (same.txt, id same); the first is kept",
                "again.json: the same article id as an earlier input (same.txt, id same); the first is kept"),
                report.skipped());
    }
}
