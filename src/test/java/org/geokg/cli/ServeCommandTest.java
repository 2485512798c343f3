package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.geokg.store.TdbStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code geokg serve} refuses bad input with one line and exit code 2 (serving itself is tested in KgServerTest). */
class ServeCommandTest {
    @TempDir
    Path dir;

    /** An empty store in {@code dir}: serve refuses a directory without one before it reads its other options. */
    @BeforeEach
    void makeAStore() {
        TdbStore.open(dir).close();
    }

    private static void usageError(Cli result, String message) {
        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().startsWith("geokg: ") && result.err().contains(message), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
    }

    @Test
    void aPortInUseIsAUsageError() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            usageError(Cli.run("serve", "--port", String.valueOf(taken.getLocalPort()), "--store", dir.toString()),
                    "port " + taken.getLocalPort() + " is in use; choose another with --port");
        }
    }

    @Test
    void serveNeedsAnExistingTdbStore() {
        usageError(Cli.run("serve", "--endpoint", "http://localhost:1/ds"), "serve needs a TDB2 store (--store DIR)");
        usageError(Cli.run("serve", "--store", dir.resolve("nothing").toString()), "no store here; build one with");
    }

    @Test
    void badSettingsAreUsageErrors() {
        usageError(Cli.run("serve", "--port", "70000", "--store", dir.toString()), "port 70000 is not between");
        usageError(Cli.run("serve", "--limit", "0", "--store", dir.toString()), "the result limit must be at least 1");
        usageError(Cli.run("serve", "--timeout", "0", "--store", dir.toString()), "the query timeout must be positive");
    }

    /** The options that open the endpoint's guards refuse values that would open more than they say. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "--max-request   | 0                               | the request size limit must be at least 1 byte",
        "--max-request   | 2X                              | --max-request takes a size such as 1M, 512K",
        "--max-request   | -5                              | --max-request takes a size such as 1M, 512K",
        "--allow-service | http://query.wikidata.org/sparql | --allow-service takes host names",
        "--allow-host    | evil.example:80                 | --allow-host takes host names",
        "--allow-host    | a b                             | --allow-host takes host names",
        "--cors-update   |                                 | --cors-update needs --cors ORIGIN and --allow-update",
        "--allow-form-update |                             | --allow-form-update needs --allow-update"})
    void badGuardsAreUsageErrors(String option, String value, String message) {
        usageError(value == null ? Cli.run("serve", option, "--store", dir.toString())
                : Cli.run("serve", option, value, "--store", dir.toString()), message);
    }
}
