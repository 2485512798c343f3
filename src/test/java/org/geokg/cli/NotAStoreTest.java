package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Only {@code ingest} makes a store: every other verb given a directory that holds none says so, exits 2 and leaves
 * the directory as it was (issue 17, point 12: {@code stats}, {@code query} and {@code export} made a store there and
 * reported it empty).
 */
class NotAStoreTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # verb and its arguments                | the directory given as --store
            stats                                   | missing
            stats                                   | empty
            stats                                   | holding a file
            query who-met-whom                      | empty
            query who-met-whom                      | missing
            export --format nt                      | empty
            export --format trig                    | holding a file
            remove some-article                     | empty
            summarize                               | empty
            render --out net.svg --dot no-such-dot  | empty
            link --report                           | empty
            serve --port 0                          | empty
            serve --port 0                          | holding a file
            """)
    void everyVerbButIngestRefusesADirectoryWithoutAStore(String verb, String directory) throws IOException {
        Path store = dir.resolve("store");
        if (!directory.equals("missing")) {
            Files.createDirectory(store);
        }
        if (directory.equals("holding a file")) {
            Files.writeString(store.resolve("notes.txt"), "not a store");
        }
        List<String> before = listing(store);
        List<String> args = new ArrayList<>(List.of(verb.split(" ")));
        args.addAll(List.of("--store", store.toString()));
        Cli result = Cli.run(args.toArray(String[]::new));
        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().startsWith("geokg: not a GeoKG store: " + store), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
        assertEquals(before, listing(store), "the directory is left as it was");
        assertEquals(directory.equals("missing"), !Files.exists(store));
    }

    private static List<String> listing(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.map(Path::toString).sorted().toList();
        }
    }
}
