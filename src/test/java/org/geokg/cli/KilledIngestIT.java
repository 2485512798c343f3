package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geokg.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A killed ingest (SIGKILL, SIGTERM, Ctrl-C) leaves a store that opens, and the same ingest run again gives a clean
 * run's store.
 */
class KilledIngestIT {
    @TempDir
    Path dir;

    @Test
    void killedIngestRecoversToTheStoreOfACleanRun() throws Exception {
        Path input = articles(dir.resolve("articles.jsonl"), 160);
        Path killed = dir.resolve("killed");
        killAfterFirstProgress("ingest", input.toString(), "--store", killed.toString());
        long partial;
        try (TdbStore store = TdbStore.open(killed)) {
            partial = store.counts().get("articles");
        }
        assertTrue(partial > 0 && partial < 160, "the kill came mid-ingest: " + partial + " articles stored");

        assertEquals(0, Cli.run("ingest", input.toString(), "--store", killed.toString()).exitCode());
        Path clean = dir.resolve("clean");
        assertEquals(0, Cli.run("ingest", input.toString(), "--store", clean.toString()).exitCode());
        assertEquals(quads(clean), quads(killed));
    }

    /**
     * A killed bulk load leaves no store, only its working directory; the next bulk load says so, removes it, and
     * gives the store an ordinary ingest gives.
     */
    @Test
    void killedBulkLoadLeavesNoStoreAndTheNextOneIsComplete() throws Exception {
        Path input = articles(dir.resolve("articles.jsonl"), 160);
        Path killed = dir.resolve("bulk");
        killAfterFirstProgress("ingest", "--bulk", input.toString(), "--store", killed.toString());
        assertFalse(Files.exists(killed), "no store at the target of a killed bulk load");
        assertTrue(Files.isDirectory(dir.resolve("bulk.loading")));

        Cli again = Cli.run("ingest", "--bulk", input.toString(), "--store", killed.toString());
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.err().contains("bulk.loading: removed what a bulk load that did not finish had left"),
                again.err());
        assertFalse(Files.exists(dir.resolve("bulk.loading")));
        Path clean = dir.resolve("clean");
        assertEquals(0, Cli.run("ingest", input.toString(), "--store", clean.toString()).exitCode());
        assertEquals(quads(clean), quads(killed));
        Cli notEmpty = Cli.run("ingest", "--bulk", input.toString(), "--store", killed.toString());
        assertEquals(1, notEmpty.exitCode());
        assertTrue(notEmpty.err().contains("a bulk load makes a new store; this directory is not empty"),
                notEmpty.err());
        assertEquals(2, Cli.run("ingest", "--bulk", input.toString(), "--endpoint", "http://localhost:1/ds")
                .exitCode());
    }

    /**
     * Ctrl-C (SIGINT) and SIGTERM: the ingest says how many articles it committed, the store holds exactly those (issue
     * 17: it said nothing), and the same ingest run again gives a clean run's store.
     */
    @ParameterizedTest
    @CsvSource({"TERM, 143", "INT, 130"})
    void aStoppedIngestSaysWhatItCommittedAndTheRerunCompletesIt(String signal, int exitCode) throws Exception {
        Path input = articles(dir.resolve("articles.jsonl"), 160);
        assumeFalse("INT".equals(signal) && sigintIgnored(), "SIGINT is ignored here (a background job)");
        Path stopped = dir.resolve("stopped");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx1g", "-cp", System.getProperty("java.class.path"), GeoKg.class.getName(),
                "ingest", input.toString(), "--store", stopped.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        String line;
        while ((line = lines.readLine()) != null && !line.startsWith("... ")) {
            // wait for the first progress line: some batches are committed
        }
        assertTrue(line != null, "the ingest ended before it could be stopped");
        assertEquals(0, new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid())).start().waitFor());
        String output = lines.lines().collect(java.util.stream.Collectors.joining("\n"));
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(exitCode, process.exitValue(), output);
        Matcher said = Pattern.compile("geokg: stopped: (\\d+) articles committed to "
                + Pattern.quote(stopped.toString()) + "(?: \\(and (\\d+) more were being committed\\))?; running "
                + "the same ingest again stores the rest").matcher(output);
        assertTrue(said.find(), output);
        long partial;
        try (TdbStore store = TdbStore.open(stopped)) {
            partial = store.counts().get("articles");
        }
        long committed = Long.parseLong(said.group(1));
        long underWay = said.group(2) == null ? 0 : Long.parseLong(said.group(2));
        assertTrue(partial == committed || partial == committed + underWay, "the count said is what the store "
                + "holds (" + partial + "): " + output);
        assertTrue(partial > 0 && partial < 160, "stopped mid-ingest: " + partial + " articles stored");

        assertEquals(0, Cli.run("ingest", input.toString(), "--store", stopped.toString()).exitCode());
        Path clean = dir.resolve("clean");
        assertEquals(0, Cli.run("ingest", input.toString(), "--store", clean.toString()).exitCode());
        assertEquals(quads(clean), quads(stopped));
    }

    /** Whether this process ignores SIGINT, as a background job does, and a child it starts with it. */
    private static boolean sigintIgnored() throws IOException {
        String mask = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("SigIgn:"))
                .findFirst().orElse("SigIgn: 0").substring(7).strip();
        return (Long.parseLong(mask, 16) & 0x2) != 0;
    }

    /**
     * Runs geokg in a JVM of its own and kills it (SIGKILL) at its first progress line, when some batches are
     * committed or the bulk load is under way.
     */
    private static void killAfterFirstProgress(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx1g", "-cp", System.getProperty("java.class.path"), GeoKg.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null && !line.startsWith("... ")) {
                // wait for the first progress line
            }
            assertTrue(line != null, "the ingest ended before it could be killed");
            process.destroyForcibly();
        }
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, process.exitValue(), "killed by SIGKILL");
    }

    private static Set<String> quads(Path directory) throws IOException {
        Path nq = directory.resolveSibling(directory.getFileName() + ".nq");
        assertEquals(0, Cli.run("export", "--format", "nq", "--out", nq.toString(), "--store", directory.toString())
                .exitCode());
        return new TreeSet<>(Files.readAllLines(nq, StandardCharsets.UTF_8));
    }

    /** Copies of the example article, each with its own id and a sentence of its own. */
    static Path articles(Path file, int count) throws IOException {
        JsonObject example = JsonParser.parseString(Files.readString(Path.of("examples/voa-putin-xi-2023-03-21.json")))
                .getAsJsonObject();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                JsonObject copy = example.deepCopy();
                copy.addProperty("id", "copy-" + i);
                copy.addProperty("text", example.get("text").getAsString() + "\n\nThis is copy number " + i + ".");
                out.write(copy + "\n");
            }
        }
        return file;
    }
}
