package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JVM too small to load the models says so in one line, and exits 1 (issue 17, point 2). */
class SmallHeapIT {
    @TempDir
    Path dir;

    @Test
    void aHeapTooSmallForTheModelsIsSaidInOneLine() throws IOException, InterruptedException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
                "-cp", System.getProperty("java.class.path"), GeoKg.class.getName(), "ingest", "--store",
                dir.resolve("store").toString(), "examples");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(1, process.exitValue(), output);
        assertEquals(1, output.lines().count(), output);
        assertTrue(output.strip().matches("geokg: out of memory while loading the models: the JVM's heap of \\d+ MB "
                + "is too small; raise -Xmx in GEOKG_JAVA_OPTS \\(the launcher's default is -Xmx4g\\)"), output);
    }
}
