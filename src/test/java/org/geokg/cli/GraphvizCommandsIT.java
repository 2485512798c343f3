package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.geokg.graph.format.FormatChecks;
import org.geokg.store.ExampleStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What needs Graphviz's {@code dot} (Debian package graphviz, which .ci/run installs): {@code export --format dot} read
 * back by Graphviz, and {@code render}, on the store of {@code examples/}.
 */
class GraphvizCommandsIT {
    @TempDir
    static Path dir;

    static String store;

    @BeforeAll
    static void createTheExampleStore() {
        store = ExampleStore.create(dir.resolve("store")).toString();
    }

    private static String dot(String... options) {
        String[] args = new String[options.length + 5];
        System.arraycopy(new String[] {"export", "--format", "dot", "--store", store}, 0, args, 0, 5);
        System.arraycopy(options, 0, args, 5, options.length);
        Cli result = Cli.run(args);
        assertEquals(0, result.exitCode(), result.err());
        return result.out();
    }

    @Test
    void dotOfTheExampleIsParsedByGraphvizWithTheThreeLeadersAndTheirTwoEdges() throws Exception {
        Set<String> leaders = Set.of("Vladimir Putin", "Xi Jinping", "Mikhail Mishustin", "Russia");
        Set<String> pairs = Set.of(FormatChecks.pair("Vladimir Putin", "Xi Jinping"),
                FormatChecks.pair("Mikhail Mishustin", "Xi Jinping"), FormatChecks.pair("Russia", "Xi Jinping"));
        assertEquals(new FormatChecks.Content(leaders, pairs), FormatChecks.parsedByGraphviz(dot()));
        assertTrue(FormatChecks.parsedByGraphviz(dot("--graph", "full")).nodes().size() > 30);
    }

    @Test
    void renderDrawsTheNetworkWithGraphviz() throws IOException {
        Path svg = dir.resolve("meetings.svg");
        Cli result = Cli.run("render", "--out", svg.toString(), "--store", store);
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("drew 4 agents and 3 pairs in " + svg, result.out().strip());
        String drawing = Files.readString(svg);
        assertTrue(drawing.contains("<svg") && drawing.contains("Vladimir Putin")
                && drawing.contains("Mikhail Mishustin"), drawing);
        Path png = dir.resolve("meetings.png");
        assertEquals(0, Cli.run("render", "--out", png.toString(), "--store", store).exitCode());
        byte[] header = new byte[4];
        System.arraycopy(Files.readAllBytes(png), 0, header, 0, 4);
        assertEquals("\u0089PNG", new String(header, StandardCharsets.ISO_8859_1));
    }
}
