package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code geokg bench} prints its rates and each stage's share of the time, for the language stage or end to end. */
class BenchCommandTest {
    private static final Pattern STAGES = Pattern.compile("stages[^:]*: sentences, tokens, POS \\d+\\.\\d % "
            + "\\(\\d+\\.\\d s\\), names \\(model\\) .*, meetings .*, links \\d+\\.\\d % \\(\\d+\\.\\d s\\)");

    @Test
    void measuresTheLanguageStageWithItsStages() {
        Cli result = Cli.run("bench", "--limit", "2", "--threads", "1", "src/test/resources/dev");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().startsWith("2 articles, "), result.out());
        assertTrue(result.out().contains(" articles/s, peak heap "), result.out());
        assertTrue(STAGES.matcher(result.out()).find(), result.out());
    }

    @Test
    void measuresTheWholeIngestEndToEnd() {
        Cli result = Cli.run("bench", "--end-to-end", "--limit", "3", "--threads", "2", "src/test/resources/dev");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().startsWith("end to end: 3 articles, "), result.out());
        assertTrue(result.out().contains("2 analysis threads"), result.out());
        assertTrue(STAGES.matcher(result.out()).find(), result.out());
        assertTrue(result.out().contains(", RDF mapping "), result.out());
        assertTrue(result.out().contains(", store writes "), result.out());
        assertTrue(result.out().contains("models loaded in "), result.out());
    }

    @Test
    void measuresTimeAgainstSizeWithAndWithoutSentenceBreaks() {
        Cli result = Cli.run("bench", "--scaling", "--max-size", "0.02", "src/test/resources/dev");
        assertEquals(0, result.exitCode(), result.err());
        java.util.List<String> rows = result.out().lines().filter(line -> line.endsWith(" s/MB")).toList();
        assertEquals(4, rows.size(), result.out());
        assertTrue(rows.get(0).matches("sentence breaks +10 KB +\\d+ tokens +\\d+\\.\\d\\d s +\\d+\\.\\d\\d s/MB"),
                rows.get(0));
        assertTrue(rows.get(1).startsWith("sentence breaks      20 KB"), rows.get(1));
        assertTrue(rows.get(3).startsWith("no breaks            20 KB"), rows.get(3));
    }
}
