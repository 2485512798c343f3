package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code geokg train-meetings} on eight dev articles: the cross-validation tables, the choice and both models with
 * their manifests; and bad options, each one line on stderr and exit code 2.
 */
class TrainMeetingsCommandTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void writeTheSets() throws IOException {
        List<String> ids;
        try (Stream<Path> listed = Files.list(DevFolders.DEV)) {
            ids = listed.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().limit(8)
                    .map(n -> n.substring(0, n.length() - ".json".length())).toList();
        }
        DevFolders.folder(dir, "some", ids);
        DevFolders.folder(dir, "two", ids.subList(0, 2));
        DevFolders.folder(dir, "other", List.of("wn-2017-01-13-putin-us-troops-poland"));
    }

    @Test
    void crossValidatesChoosesAndWritesBothModels() throws IOException {
        Path out = dir.resolve("models/status.bin");
        Cli result = Cli.run("train-meetings", "--set", "some=" + dir.resolve("some"), "--folds", "2",
                "--choose-on", "two=" + dir.resolve("two"), "--out", out.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("2 folds by article, the rules' meetings only"), result.out());
        assertTrue(result.out().contains("the rules' meetings and the pairs no rule found"), result.out());
        assertTrue(result.out().contains("chosen on: occurred F1"), result.out());
        assertEquals(2, result.out().lines().filter(l -> l.endsWith("  chosen")).count(), result.out());
        assertTrue(result.out().lines().anyMatch(l -> l.startsWith("chosen: ")), result.out());
        assertEquals(2, result.out().lines().filter(l -> l.startsWith("confidence >= 0.8, pairs right: ")
                && l.contains("; on the articles chosen on: ")).count(), result.out());
        assertTrue(Files.size(out) > 0);
        String manifest = Files.readString(dir.resolve("models/meeting-confidence.manifest.json"));
        assertTrue(manifest.contains("\"threshold\"") && manifest.contains("\"proposesPairs\""), manifest);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "one fold           | --folds=1                | --folds must be from 2 to the number of articles (8): 1",
        "more folds than articles | --folds=9          | --folds must be from 2 to the number of articles (8): 9",
        "a part not in the set | --choose-on=other=OTHER | its articles must be articles of --set",
    })
    void badOptionsAreOneLineErrors(String name, String option, String message) {
        Cli result = Cli.run("train-meetings", "--set", "some=" + dir.resolve("some"),
                option.replace("OTHER", dir.resolve("other").toString()), "--out",
                dir.resolve("bad/status.bin").toString());
        assertEquals(2, result.exitCode(), result.err());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertTrue(result.err().contains(message), result.err());
        assertTrue(Files.notExists(dir.resolve("bad")), "nothing is written");
    }
}
