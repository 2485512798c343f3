package org.geokg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import scala.Tuple2;

/** Unreadable records: each is keyed by its own name and becomes a row that names it and its problem, not a failure. */
class ArticleExtractionTest {
    private static RawArticle raw(String line) {
        return new RawArticle("/in/a.jsonl", "line at byte", 40, line.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"id": "a1", "text": "Some text."}       | https://w3id.org/geokg/article/a1
            {"url": "https://x.org/1", "text": "T."} | https://w3id.org/geokg/article/url-5b7155b447676af517f0
            {"text": oops}                           | !/in/a.jsonl, line at byte 40
            {"id": "a2"}                             | !/in/a.jsonl, line at byte 40
            `  `                                     | none
            """)
    void recordsAreKeyedByArticleOrByTheirOwnName(String line, String key) {
        List<String> keys = new ArrayList<>();
        ArticleExtraction.key(raw(line)).forEachRemaining(pair -> keys.add(pair._1()));
        assertEquals(key.equals("none") ? List.of() : List.of(key), keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"text": oops}                 | malformed JSON at line 1, column 10: unquoted text 'oops'
            {"id": "a2"}                   | no "text" field
            [1, 2]                         | expected a JSON object with a "text" field
            {"id": "a3", "text": "x"} junk | malformed JSON
            """)
    void anUnreadableRecordIsARowThatNamesIt(String line, String problem) {
        RawArticle bad = raw(line);
        Iterator<Row> rows = new ArticleExtraction().call(
                List.of(new Tuple2<String, Iterable<RawArticle>>("!" + bad.name(), List.of(bad))).iterator());
        Row row = rows.next();
        assertNull(row.get(0));
        assertEquals("/in/a.jsonl, line at byte 40", row.getString(1));
        assertTrue(row.getString(2).startsWith(problem), row.getString(2));
        assertNull(row.get(3));
        assertEquals(0L, row.getLong(4));
        assertEquals(false, rows.hasNext());
    }
}
