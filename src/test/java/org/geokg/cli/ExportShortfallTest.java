package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An endpoint that cuts its answers without saying so: it counts 10 quads in its one graph but gives 3 of them.
 * {@code export --endpoint} fails, naming both numbers, and writes nothing (issue 17, point 8: a shortfall is an error,
 * never a silent exit 0).
 */
class ExportShortfallTest {
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/ds/sparql", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String query = URLDecoder.decode(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)
                .replaceFirst("^query=", ""), StandardCharsets.UTF_8);
        String type = "application/sparql-results+json";
        String body;
        if (query.toUpperCase(Locale.ROOT).contains("COUNT(")) {
            body = results(query.replaceFirst("(?si).*COUNT\\(\\*\\) AS \\?(\\w+).*", "$1"),
                    "{\"type\": \"literal\", \"value\": \"10\", "
                    + "\"datatype\": \"http://www.w3.org/2001/XMLSchema#integer\"}");
        } else if (query.toUpperCase(Locale.ROOT).contains("SELECT")) {
            body = results("g", "{\"type\": \"uri\", \"value\": \"https://example.org/g\"}");
        } else {
            type = "application/n-triples";
            body = "<https://example.org/s> <https://example.org/p> \"1\" .\n"
                    + "<https://example.org/s> <https://example.org/p> \"2\" .\n"
                    + "<https://example.org/s> <https://example.org/p> \"3\" .\n";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static String results(String var, String value) {
        return "{\"head\": {\"vars\": [\"" + var + "\"]}, \"results\": {\"bindings\": [{\"" + var + "\": " + value
                + "}]}}";
    }

    @Test
    void aShortExportIsAnErrorAndWritesNothing() {
        String url = "http://localhost:" + server.getAddress().getPort() + "/ds";
        Cli result = Cli.run("export", "--endpoint", url, "--format", "nq");
        assertEquals(1, result.exitCode(), result.out() + result.err());
        assertEquals("", result.out());
        assertTrue(result.err().startsWith("geokg: SPARQL endpoint " + url + ": the export read 3 quads but the "
                + "endpoint counts 10"), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
    }

    @Test
    void aShortExportLeavesTheFileItWasToReplaceAsItWas(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("kg.nq");
        Files.writeString(file, "the previous export\n");
        String url = "http://localhost:" + server.getAddress().getPort() + "/ds";
        Cli result = Cli.run("export", "--endpoint", url, "--format", "nq", "--out", file.toString());
        assertEquals(1, result.exitCode(), result.err());
        assertEquals("the previous export\n", Files.readString(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no part file is left");
        }
    }
}
