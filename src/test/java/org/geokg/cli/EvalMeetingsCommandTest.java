package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code geokg eval-meetings --set ...} on two small sets made from dev articles: one column per set, the F1 gap,
 * errors only for the sets named by {@code --errors}; and bad sets, each one line on stderr and exit code 2.
 */
class EvalMeetingsCommandTest {
    private static final Path DEV = Path.of("src/test/resources/dev");
    private static final String FOUND = "wn-2008-08-17-merkel-tbilisi";
    private static final String MISSED = "wn-2009-10-10-annan-warns-kenya";

    @TempDir
    static Path dir;

    @BeforeAll
    static void writeTheSets() throws IOException {
        Path good = folder("good", FOUND, MISSED);
        Files.writeString(good.resolve("split.tsv"), "# a split\ndoc\tpart\n" + FOUND + "\ttraining\n" + MISSED
                + "\ttuning\n");
        Files.delete(folder("nogold", FOUND).resolve("meetings.jsonl"));
        folder("nosplit", FOUND);
        Path orphan = folder("orphan", FOUND);
        Files.delete(orphan.resolve(FOUND + ".json"));
        Files.writeString(orphan.resolve("other.json"), Files.readString(DEV.resolve(MISSED + ".json")));
    }

    /** A folder with these dev articles and their gold meetings. */
    private static Path folder(String name, String... ids) throws IOException {
        return DevFolders.folder(dir, name, List.of(ids));
    }

    @Test
    void setsArePrintedSideBySideAndErrorsOnlyWhenAsked() {
        Cli result = Cli.run("eval-meetings", "--set", "one=" + dir.resolve("good") + "@training",
                "--set", "two=" + dir.resolve("good"), "--errors", "two");
        assertEquals(0, result.exitCode(), result.err());
        List<String> lines = result.out().lines().toList();
        assertTrue(lines.get(0).matches("\\s+one\\s+two"), lines.get(0));
        assertTrue(lines.get(1).matches("articles\\s+1\\s+2"), lines.get(1));
        assertTrue(lines.stream().anyMatch(l -> l.matches("occurred pairs F1\\s+\\d\\.\\d{3}\\s+\\d\\.\\d{3}")),
                result.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("hard negatives hit\\s+-\\s+-")), result.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("occurred pair F1 gap, one minus two: [+-]\\d\\.\\d{3}")),
                result.out());
        assertTrue(result.out().contains("\nerrors of two:\nmiss   occurred  " + MISSED + ": "), result.out());
        assertFalse(result.out().contains("errors of one"), result.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # arguments (DIR: the test's folder)        | the error says
            --set a=DIR/good --errors b                 | --errors b: no such set (sets: a)
            --set a=DIR/nogold                          | DIR/nogold: no meetings.jsonl
            --set a=DIR/good@heldout                    | DIR/good/split.tsv has no part 'heldout' (its parts: training, tuning)
            --set a=DIR/nosplit@tuning                  | DIR/nosplit: no split.tsv, so no part 'tuning' can be chosen
            --set a=DIR/orphan                          | DIR/orphan/meetings.jsonl: article wn-2008-08-17-merkel-tbilisi has no file
            --set a=DIR/missing                         | DIR/missing: no such folder
            --set a=DIR/good --set a=DIR/nosplit        | two sets are named a
            --set DIR/good                              | DIR/good: expected NAME=
            --set a/b=DIR/good                          | bad set name 'a/b'
            --set a=DIR/good@                           | no part after '@'
            --set a=DIR/good,,DIR/nosplit               | an empty folder name
            --set a=DIR/good,DIR/good                   | article wn-2008-08-17-merkel-tbilisi is in
            """)
    void aBadSetIsOneLineAndExitCodeTwo(String arguments, String message) {
        List<String> args = new ArrayList<>(List.of("eval-meetings"));
        for (String arg : arguments.split(" ")) {
            args.add(arg.replace("DIR", dir.toString()));
        }
        Cli result = Cli.run(args.toArray(String[]::new));
        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().startsWith("geokg: "), result.err());
        assertTrue(result.err().contains(message.replace("DIR", dir.toString())), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
        assertEquals("", result.out());
    }

    @Test
    void aSetIsRequired() {
        Cli result = Cli.run("eval-meetings");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("Missing required option: '--set=NAME=DIR[,DIR...][@PART]'"), result.err());
    }
}
