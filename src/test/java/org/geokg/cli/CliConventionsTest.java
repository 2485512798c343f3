package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every verb does alike: help on {@code --help} and {@code -h}, usage and exit 2 without a verb. */
class CliConventionsTest {
    static Stream<String> verbs() {
        return GeoKg.commandLine().getSubcommands().keySet().stream().filter(verb -> !verb.equals("help"));
    }

    @ParameterizedTest
    @MethodSource("verbs")
    void everyVerbShowsItsHelpAndExitsZero(String verb) {
        for (String option : List.of("--help", "-h")) {
            Cli help = Cli.run(verb, option);
            assertEquals(0, help.exitCode(), verb + " " + option + ": " + help.err());
            assertTrue(help.out().contains("Usage: geokg " + verb), help.out());
            assertEquals("", help.err());
        }
    }

    @Test
    void withoutAVerbTheUsageGoesToStderrWithExitCodeTwo() {
        Cli none = Cli.run();
        assertEquals(2, none.exitCode());
        assertTrue(none.err().contains("Usage: geokg"), none.err());
        assertEquals("", none.out());
    }

    @Test
    void helpListsTheVerbsTheSavedQueriesAndTheExitCodes() {
        Cli help = Cli.run("help");
        assertEquals(0, help.exitCode());
        for (String expected : List.of("ingest", "summarize", "who-met-whom", "Who met whom", "meetings-timeline",
                "3 ingest done")) {
            assertTrue(help.out().contains(expected), expected + " in " + help.out());
        }
    }
}
