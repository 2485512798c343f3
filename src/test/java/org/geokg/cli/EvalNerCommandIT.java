package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code geokg eval-ner} on a small corpus written for the test, with the shipped model. */
class EvalNerCommandIT {
    private static final String CORPUS = "<START:person> President Emmanuel Macron <END> met "
            + "<START:person> Olaf Scholz <END> in <START:gpe> Berlin <END> on Monday .\n"
            + "<START:person> Mr. Scholz <END> said <START:gpe> Germany <END> would send more aid to "
            + "<START:gpe> Ukraine <END> .\n";

    @TempDir
    Path dir;

    private Path corpus() throws IOException {
        Path file = dir.resolve("gold.txt");
        Files.writeString(file, CORPUS, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void scoresTheModelWithTitlesTakenOutOfPersonNames() throws IOException {
        Cli result = Cli.run("eval-ner", corpus().toString(), "--types", "person,gpe");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().startsWith("name finder model on gold.txt, titles taken out of person names"),
                result.out());
        assertTrue(result.out().contains("person        P 1.000  R 1.000  F1 1.000"), result.out());
        assertTrue(result.out().contains("micro         P 1.000  R 1.000  F1 1.000"), result.out());
    }

    @Test
    void keptTitlesCountAsMisses() throws IOException {
        Cli result = Cli.run("eval-ner", corpus().toString(), "--types", "person", "--keep-titles");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("person        P 0.333  R 0.333  F1 0.333"), result.out());
    }

    @Test
    void scoresTheWholeMentionStage() throws IOException {
        Cli result = Cli.run("eval-ner", corpus().toString(), "--mention-stage");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().startsWith("whole mention stage on gold.txt"), result.out());
        assertTrue(result.out().contains("gpe           P 1.000  R 1.000  F1 1.000"), result.out());
    }

    @Test
    void aMissingCorpusIsOneLineNamingTheFile() {
        Cli result = Cli.run("eval-ner", dir.resolve("nope.txt").toString());
        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("nope.txt"), result.err());
        assertEquals(1, result.err().strip().lines().count(), result.err());
    }
}
