package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.geokg.serve.KgServer;
import org.geokg.serve.ServerSettings;
import org.geokg.store.ExampleStore;
import org.geokg.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second {@code geokg serve}, in a process of its own, on a store this process serves is refused in one line
 * naming the store and the lock, and the first server goes on answering: TDB2's lock holds across processes.
 */
class ServeLockIT {
    @TempDir
    Path dir;

    @Test
    void aSecondServeOnALockedStoreIsRefused() throws Exception {
        Path directory = ExampleStore.create(dir.resolve("store"));
        try (TdbStore store = TdbStore.open(directory);
             KgServer first = KgServer.start(store.dataset(),
                     new ServerSettings(0, true, false, Duration.ofSeconds(5), 1000))) {
            Process second = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-cp", System.getProperty("java.class.path"), GeoKg.class.getName(), "serve",
                    "--port", "0", "--store", directory.toString())).start();
            assertTrue(second.waitFor(60, TimeUnit.SECONDS), "the second serve ended");
            String err = new String(second.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(1, second.exitValue(), err);
            assertEquals(1, err.lines().count(), err);
            assertTrue(err.startsWith("geokg: cannot open the TDB2 store in " + directory) && err.contains("lock"),
                    err);

            HttpResponse<String> still = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    first.datasetUrl() + "/sparql?query=" + URLEncoder.encode("ASK { ?s ?p ?o }",
                            StandardCharsets.UTF_8))).header("Accept", "application/sparql-results+json").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, still.statusCode(), still.body());
            assertTrue(still.body().contains("true"), still.body());
        }
    }
}
