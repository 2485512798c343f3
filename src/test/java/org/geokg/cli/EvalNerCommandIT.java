package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code geokg eval-ner} on a small corpus written for the test, in OpenNLP's format and in Universal NER's IOB2
 * columns, with the shipped model.
 */
class EvalNerCommandIT {
    private static final String CORPUS = "<START:person> President Emmanuel Macron <END> met "
            + "<START:person> Olaf Scholz <END> in <START:gpe> Berlin <END> on Monday .\n"
            + "<START:person> Mr. Scholz <END> said <START:gpe> Germany <END> would send more aid to "
            + "<START:gpe> Ukraine <END> .\n";

    /** The same sentences in Universal NER's IOB2 columns, where places are LOC, read as place. */
    private static final String UNER = """
            # newdoc id = d1
            # sent_id = d1-1
            # text = President Emmanuel Macron met Olaf Scholz in Berlin on Monday.
            1\tPresident\tO\t-\t-
            2\tEmmanuel\tB-PER\t-\t-
            3\tMacron\tI-PER\t-\t-
            4\tmet\tO\t-\t-
            5\tOlaf\tB-PER\t-\t-
            6\tScholz\tI-PER\t-\t-
            7\tin\tO\t-\t-
            8\tBerlin\tB-LOC\t-\t-
            9\ton\tO\t-\t-
            10\tMonday\tO\t-\t-
            11\t.\tO\t-\t-

            # sent_id = d1-2
            1\tMr.\tO\t-\t-
            2\tScholz\tB-PER\t-\t-
            3\tsaid\tO\t-\t-
            4\tGermany\tB-LOC\t-\t-
            5\twould\tO\t-\t-
            6\tsend\tO\t-\t-
            7\tmore\tO\t-\t-
            8\taid\tO\t-\t-
            9\tto\tO\t-\t-
            10\tUkraine\tB-LOC\t-\t-
            11\t.\tO\t-\t-

            """;

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
    void scoresNamesSeenInATrainingCorpusApart() throws IOException {
        Path training = dir.resolve("training.txt");
        Files.writeString(training, "<START:person> Olaf Scholz <END> spoke in <START:gpe> Berlin <END> .\n",
                StandardCharsets.UTF_8);
        Cli result = Cli.run("eval-ner", corpus().toString(), "--types", "person,gpe", "--seen-names",
                training.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("names annotated in training.txt (seen) and the others (unseen):"),
                result.out());
        assertTrue(result.out().contains("seen          P 1.000  R 1.000  F1 1.000  (2 gold names)"), result.out());
        assertTrue(result.out().contains("(4 gold names)"), result.out());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"name finder model", "whole mention stage"})
    void scoresAUniversalNerCorpusWithItsPlacesFolded(String what) throws IOException {
        Path file = dir.resolve("gold.conll");
        Files.writeString(file, UNER, StandardCharsets.UTF_8);
        Cli result = what.startsWith("whole") ? Cli.run("eval-ner", file.toString(), "--mention-stage")
                : Cli.run("eval-ner", file.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().startsWith(what + " on gold.conll, titles taken out of person names, "
                + "gpe and location scored as place\n"), result.out());
        assertTrue(result.out().contains("person        P 1.000  R 1.000  F1 1.000"), result.out());
        assertTrue(result.out().contains("place         P 1.000  R 1.000  F1 1.000"), result.out());
        assertTrue(result.out().contains("2 sentences, 22 tokens"), result.out());
        assertTrue(result.out().lines().noneMatch(l -> l.startsWith("gpe") || l.startsWith("location")), result.out());
    }

    @Test
    void aMalformedLineIsOneLineNamingTheFileAndLine() throws IOException {
        Path file = dir.resolve("gold.iob2");
        Files.writeString(file, UNER.replace("4\tGermany\tB-LOC\t-\t-", "4 Germany B-LOC - -"), StandardCharsets.UTF_8);
        Cli result = Cli.run("eval-ner", file.toString());
        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains(file + ":20: a token line has at least 3 tab-separated columns"),
                result.err());
        assertEquals(1, result.err().strip().lines().count(), result.err());
    }

    @Test
    void aMissingCorpusIsOneLineNamingTheFile() {
        Cli result = Cli.run("eval-ner", dir.resolve("nope.txt").toString());
        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("nope.txt"), result.err());
        assertEquals(1, result.err().strip().lines().count(), result.err());
    }
}
