package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.geokg.article.Article;
import org.geokg.article.ArticleReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ingest --article-timeout}: an article over its time budget is stopped and skipped, named with its reason,
 * the article beside it is stored and the exit code says that input was skipped (issue 17, point 1).
 */
class IngestBudgetTest {
    @TempDir
    Path dir;

    @Test
    void anArticleOverItsBudgetIsSkippedWithItsReasonAndTheOtherIsStored() throws IOException {
        String real = String.join(" ", new ArticleReader().readAll(List.of(Path.of("src/test/resources/dev")),
                problem -> { }).stream().map(Article::text).toList()).replaceAll("\\s+", " ").replaceAll("[.!?]", ",");
        // 2 MB: far over the budget on any machine; the budget leaves a cold, loaded JVM time for the good one
        Path big = Files.writeString(dir.resolve("big.txt"), real.repeat(2_000_000 / real.length() + 1));
        Path good = Files.copy(Path.of("examples/voa-putin-xi-2023-03-21.json"), dir.resolve("good.json"));
        Cli result = Cli.run("ingest", "--store", dir.resolve("store").toString(), "--threads", "2",
                "--article-timeout", "8", big.toString(), good.toString());
        assertEquals(GeoKg.EXIT_SKIPPED, result.exitCode(), result.err());
        assertTrue(result.err().contains("skipped " + big + ": analysis took longer than its time budget of 8 s "
                + "(--article-timeout); stopped"), result.err());
        assertTrue(result.out().startsWith("ingested 1 articles: "), result.out());
        assertTrue(result.out().contains("skipped 1;"), result.out());
    }

    @Test
    void aNegativeBudgetIsAUsageError() {
        Cli result = Cli.run("ingest", "--store", dir.resolve("store").toString(), "--article-timeout", "-1",
                "examples");
        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("--article-timeout must be a number of seconds, 0 or more: -1.0"),
                result.err());
    }
}
