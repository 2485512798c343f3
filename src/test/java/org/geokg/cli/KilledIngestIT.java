package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.geokg.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A killed ingest (SIGKILL) leaves a store that opens, and the same ingest run again gives a clean run's store. */
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
    private static Path articles(Path file, int count) throws IOException {
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
