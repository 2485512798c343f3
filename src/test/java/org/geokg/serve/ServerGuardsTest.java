package org.geokg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.geokg.store.ExampleStore;
import org.geokg.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The served endpoint is no proxy and no open door (issue 17, points 4 to 7). Each row of {@link #refused} is a
 * request the read-only server ({@code read}) or the server with {@code --allow-update} ({@code write}) must refuse,
 * with its status; after each, the throwaway server standing for an internal page was not fetched, its secret is
 * nowhere in the answer, and no data was written. Each row of {@link #opened} is a request that a guard, once opened
 * on purpose, lets through, or that stays refused.
 */
class ServerGuardsTest {
    private static final String SECRET = "internal-secret-7f3a";
    private static final String INSERT = "INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/s> "
            + "<https://example.org/p> \"intruder\" } }";
    private static final String FORM = "Content-Type: application/x-www-form-urlencoded";
    private static final String UPDATE = "Content-Type: application/sparql-update";
    private static final String QUERY = "Content-Type: application/sparql-query";
    private static final int MEGABYTE = 1 << 20;

    @TempDir
    static Path dir;

    private static TdbStore store;
    private static TdbStore scratch;
    private static KgServer readOnly;
    private static KgServer writable;
    private static HttpServer target;
    private static final AtomicInteger HITS = new AtomicInteger();

    @BeforeAll
    static void serve() throws IOException {
        store = TdbStore.open(ExampleStore.create(dir.resolve("store")));
        scratch = TdbStore.inMemory();
        readOnly = KgServer.start(store.dataset(), new ServerSettings(0, true, false, Duration.ofSeconds(5), 1000));
        writable = KgServer.start(scratch.dataset(), new ServerSettings(0, true, true, Duration.ofSeconds(5), 1000));
        target = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        target.createContext("/", exchange -> {
            HITS.incrementAndGet();
            boolean sparql = exchange.getRequestURI().getPath().equals("/sparql");
            byte[] page = (sparql ? "{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":[{\"x\":{\"type\":"
                    + "\"literal\",\"value\":\"federated\"}}]}}" : "<html><body>" + SECRET + "</body></html>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", sparql ? "application/sparql-results+json"
                    : "text/html");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        target.start();
    }

    @AfterAll
    static void stop() {
        target.stop(0);
        readOnly.close();
        writable.close();
        store.close();
        scratch.close();
    }

    private static String targetUrl() {
        return "http://127.0.0.1:" + target.getAddress().getPort();
    }

    /** On which server, method, path, headers ({@code |} between them), body, the status expected. */
    static Stream<Arguments> refused() {
        String service = "SELECT * { SERVICE <{target}/> { ?s ?p ?o } }";
        return Stream.of(
                // 4: SERVICE to another host, in every form, and the other ways to make the server fetch a URL
                Arguments.of("read", "POST", "/kg/sparql", FORM, "query=" + service, 403),
                Arguments.of("read", "GET", "/kg/sparql?query=" + service, "", "", 403),
                Arguments.of("read", "POST", "/kg", QUERY, "SELECT * { SERVICE SILENT <{target}/> { ?s ?p ?o } }", 403),
                Arguments.of("read", "POST", "/kg/query", QUERY, "SELECT * { { SELECT * { " + service.substring(9)
                        + " } } }", 403),
                Arguments.of("read", "POST", "/kg/sparql", QUERY, "SELECT * { BIND(<{target}/> AS ?e) "
                        + "SERVICE ?e { ?s ?p ?o } }", 403),
                Arguments.of("read", "POST", "/kg/sparql", QUERY, "SELECT * { VALUES ?e { <{target}/> } "
                        + "OPTIONAL { SERVICE ?e { ?s ?p ?o } } }", 403),
                Arguments.of("read", "POST", "/kg/sparql", QUERY, "ASK { FILTER EXISTS { SERVICE <{target}/> "
                        + "{ ?s ?p ?o } } }", 403),
                Arguments.of("read", "POST", "/kg/sparql", QUERY, "SELECT * FROM <{target}/> { ?s ?p ?o }", 200),
                Arguments.of("read", "GET", "/kg/sparql?query-ref={target}/", "", "", 400),
                Arguments.of("write", "POST", "/kg/update", UPDATE, "LOAD <{target}/>", 403),
                Arguments.of("write", "POST", "/kg/update", UPDATE, "INSERT { ?s ?p ?o } WHERE { SERVICE <{target}/> "
                        + "{ ?s ?p ?o } }", 403),
                // 5: bodies over the limit (1 MiB), said by Content-Length or sent in chunks
                Arguments.of("read", "POST", "/kg/sparql", QUERY, "{30 MB}", 413),
                Arguments.of("read", "POST chunked", "/kg/sparql", QUERY, "{30 MB}", 413),
                Arguments.of("read", "POST", "/kg/sparql", FORM, "{30 MB}", 413),
                Arguments.of("write", "POST", "/kg/update", UPDATE, "{30 MB}", 413),
                Arguments.of("write", "POST chunked", "/kg/update", UPDATE, "{30 MB}", 413),
                // 6: foreign Host names (DNS rebinding), TRACE, updates from other sites' pages and forms
                Arguments.of("read", "GET", "/", "Host: evil.example", "", 403),
                Arguments.of("read", "GET", "/kg/sparql?query=ASK{}", "Host: evil.example:{port}", "", 403),
                Arguments.of("read", "GET", "/", "Host: localhost.evil.example", "", 403),
                Arguments.of("read", "GET", "/", "Host: 192.168.1.10:{port}", "", 403),
                Arguments.of("read", "TRACE", "/", "", "", 405),
                Arguments.of("read", "TRACE", "/kg/sparql", "", "", 405),
                Arguments.of("write", "POST", "/kg/update", "Origin: http://evil.example|" + FORM,
                        "update=" + INSERT, 403),
                Arguments.of("write", "POST", "/kg", "Origin: http://evil.example|" + FORM, "update=" + INSERT, 403),
                Arguments.of("write", "POST", "/kg/update", "Origin: http://evil.example|" + UPDATE, INSERT, 403),
                Arguments.of("write", "POST", "/kg/update", "Origin: null|" + UPDATE, INSERT, 403),
                Arguments.of("write", "POST", "/kg/update", "Origin: http://localhost:{port}|" + FORM,
                        "update=" + INSERT, 403),
                Arguments.of("write", "PUT", "/kg/data?default", "Content-Type: text/turtle",
                        "<https://example.org/s> <https://example.org/p> \"intruder\" .", 404),
                // 7: no whole-graph dumps past the row limit (the Graph Store Protocol reads are closed)
                Arguments.of("read", "GET", "/kg", "", "", 404),
                Arguments.of("read", "GET", "/kg?default", "", "", 400),
                Arguments.of("read", "GET", "/kg/data?default", "", "", 404),
                Arguments.of("read", "GET", "/kg/get?default", "", "", 404),
                Arguments.of("read", "GET", "/kg/data", "", "", 404),
                // every write path of the read-only endpoint
                Arguments.of("read", "POST", "/kg/update", UPDATE, INSERT, 404),
                Arguments.of("read", "POST", "/kg", UPDATE, INSERT, 415),
                Arguments.of("read", "POST", "/kg", FORM, "update=" + INSERT, 400),
                Arguments.of("read", "POST", "/kg/sparql", FORM, "update=" + INSERT, 400),
                Arguments.of("read", "POST", "/kg/data?default", "Content-Type: text/turtle",
                        "<https://example.org/s> <https://example.org/p> \"intruder\" .", 404),
                Arguments.of("read", "PUT", "/kg?default", "Content-Type: text/turtle",
                        "<https://example.org/s> <https://example.org/p> \"intruder\" .", 405),
                Arguments.of("read", "DELETE", "/kg/data?default", "", "", 405),
                Arguments.of("read", "POST", "/kg/upload", "Content-Type: text/turtle", "", 404),
                // path traversal and Fuseki's admin paths
                Arguments.of("read", "GET", "/../pom.xml", "", "", 400),
                Arguments.of("read", "GET", "/%2e%2e/pom.xml", "", "", 400),
                Arguments.of("read", "GET", "/app.js/..%2f..%2fpom.xml", "", "", 400),
                Arguments.of("read", "GET", "/WEB-INF/web.xml", "", "", 404),
                Arguments.of("read", "GET", "/META-INF/MANIFEST.MF", "", "", 404),
                Arguments.of("read", "GET", "/$/ping", "", "", 404),
                Arguments.of("read", "GET", "/$/server", "", "", 404),
                Arguments.of("read", "GET", "/$/datasets", "", "", 404),
                Arguments.of("read", "GET", "/$/stats", "", "", 404),
                Arguments.of("read", "GET", "/$/metrics", "", "", 404),
                Arguments.of("read", "POST", "/$/compact/kg", "", "", 404),
                Arguments.of("read", "POST", "/$/backup/kg", "", "", 404));
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} -> {5}")
    @MethodSource
    void refused(String on, String method, String path, String headers, String body, int status) throws Exception {
        KgServer server = on.equals("read") ? readOnly : writable;
        HITS.set(0);
        RawHttp answer = send(server, method, path, headers, body);
        assertEquals(status, answer.status(), answer.body());
        assertFalse(answer.body().contains(SECRET), "nothing of the internal page: " + answer.body());
        assertEquals(0, HITS.get(), "the internal page was not fetched");
        assertTrue(answer.millis() < 10_000, "answered in " + answer.millis() + " ms");
        for (KgServer each : new KgServer[] {readOnly, writable}) {
            RawHttp ask = send(each, "POST", "/kg/sparql", QUERY + "|Accept: text/csv",
                    "ASK { ?s ?p \"intruder\" }");
            assertTrue(ask.body().contains("false"), "nothing written: " + ask.body());
        }
    }

    /** Sends a row's request: placeholders filled in, form values encoded, {@code {30 MB}} made that big. */
    private static RawHttp send(KgServer server, String method, String path, String headers, String body)
            throws IOException, InterruptedException {
        String port = String.valueOf(server.port());
        String filledPath = path.replace("{target}", targetUrl()).replace("{port}", port);
        int query = filledPath.indexOf("query=");
        if (query > 0) {
            filledPath = filledPath.substring(0, query + 6) + URLEncoder.encode(filledPath.substring(query + 6),
                    StandardCharsets.UTF_8);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String header : headers.isEmpty() ? new String[0] : headers.split("\\|")) {
            fields.put(header.substring(0, header.indexOf(':')), header.substring(header.indexOf(':') + 2)
                    .replace("{port}", port));
        }
        byte[] bytes;
        if (body.equals("{30 MB}")) {
            bytes = new byte[30 * MEGABYTE];
            Arrays.fill(bytes, (byte) 'a');
        } else if (body.equals("{1.5 MB ASK}")) {
            bytes = ("ASK {}" + " ".repeat(3 * MEGABYTE / 2)).getBytes(StandardCharsets.UTF_8);
        } else if (body.equals("{8 MB comment}")) {
            bytes = ("ASK {} #" + "a".repeat(8 * MEGABYTE)).getBytes(StandardCharsets.UTF_8);
        } else {
            String filled = body.replace("{target}", targetUrl());
            int equals = filled.indexOf('=');
            if (headers.contains(FORM) && equals > 0) {
                filled = filled.substring(0, equals + 1) + URLEncoder.encode(filled.substring(equals + 1),
                        StandardCharsets.UTF_8);
            }
            bytes = filled.getBytes(StandardCharsets.UTF_8);
        }
        return RawHttp.send(server.port(), method.split(" ")[0], filledPath, fields, bytes,
                method.endsWith("chunked"));
    }

    /** Which guard is opened, the request (as in {@link #refused}), the status and a part of the answer expected. */
    static Stream<Arguments> opened() {
        Guards closed = Guards.DEFAULTS;
        String select = "SELECT * { SERVICE <{target}/sparql> { ?x ?y ?z } }";
        return Stream.of(
                Arguments.of("--allow-service 127.0.0.1", new Guards(Guards.MEBIBYTE, Set.of("127.0.0.1"), Set.of(),
                        false, false, false), "read", "POST", "/kg/sparql", QUERY, select, 200, "federated"),
                Arguments.of("--allow-service 127.0.0.1", new Guards(Guards.MEBIBYTE, Set.of("127.0.0.1"), Set.of(),
                        false, false, false), "read", "POST", "/kg/sparql", QUERY, "SELECT * { VALUES ?endpoint "
                        + "{ <{target}/sparql> } OPTIONAL { SERVICE ?endpoint { ?x ?y ?z } } }", 200, "federated"),
                Arguments.of("--allow-host kg.example.org", new Guards(Guards.MEBIBYTE, Set.of(),
                        Set.of("kg.example.org"), false, false, false), "read", "GET", "/",
                        "Host: kg.example.org:{port}", "", 200, "<html"),
                Arguments.of("nothing", closed, "read", "GET", "/", "Host: 127.0.0.1:{port}", "", 200, "<html"),
                Arguments.of("nothing", closed, "read", "GET", "/", "Host: [::1]:{port}", "", 200, "<html"),
                Arguments.of("nothing", closed, "read", "GET", "/", "Host: LOCALHOST", "", 200, "<html"),
                Arguments.of("--allow-host *", new Guards(Guards.MEBIBYTE, Set.of(), Set.of("*"), false, false,
                        false), "read", "GET", "/", "Host: anything.example", "", 200, "<html"),
                Arguments.of("--public", closed, "public", "GET", "/", "Host: 192.168.1.10:{port}", "", 200, "<html"),
                Arguments.of("--public", closed, "public", "GET", "/", "Host: evil.example", "", 403, "host name"),
                Arguments.of("--allow-dump", new Guards(Guards.MEBIBYTE, Set.of(), Set.of(), true, false, false),
                        "read", "GET", "/kg/data", "Accept: application/n-quads", "", 200, "> ."),
                Arguments.of("--allow-form-update", new Guards(Guards.MEBIBYTE, Set.of(), Set.of(), false, false,
                        true), "write", "POST", "/kg/update", FORM, "update=" + INSERT.replace("intruder", "welcome"),
                        200, ""),
                Arguments.of("--cors http://app.example:8080 --cors-update", new Guards(Guards.MEBIBYTE, Set.of(),
                        Set.of(), false, true, false), "cors", "POST", "/kg/update",
                        "Origin: http://app.example:8080|" + UPDATE, INSERT.replace("intruder", "welcome"), 204, ""),
                Arguments.of("--cors http://app.example:8080", closed, "cors", "POST", "/kg/update",
                        "Origin: http://app.example:8080|" + UPDATE, INSERT.replace("intruder", "welcome"), 403,
                        "another origin"),
                Arguments.of("--max-request 2M", new Guards(2 * Guards.MEBIBYTE, Set.of(), Set.of(), false, false,
                        false), "read", "POST", "/kg/sparql", QUERY, "{1.5 MB ASK}", 200, "true"));
    }

    @ParameterizedTest(name = "{0}: {3} {4} {5} -> {7}")
    @MethodSource
    void opened(String options, Guards guards, String on, String method, String path, String headers, String body,
                int status, String expected) throws Exception {
        boolean writes = on.equals("write") || on.equals("cors");
        ServerSettings settings = new ServerSettings(0, !on.equals("public"), writes, Duration.ofSeconds(5), 1000,
                on.equals("cors") ? "http://app.example:8080" : null, guards);
        try (KgServer server = KgServer.start((writes ? scratch : store).dataset(), settings)) {
            String accept = headers.contains("Accept:") ? "" : (headers.isEmpty() ? "" : "|") + "Accept: text/csv";
            RawHttp answer = send(server, method, path, headers + accept, body);
            assertEquals(status, answer.status(), answer.body());
            assertTrue(answer.body().contains(expected), answer.body());
        }
    }

    /** Security headers on the page and on the endpoint's answers. */
    @Test
    void answersTellBrowsersNotToSniffFrameOrLoadFromElsewhere() throws Exception {
        for (String path : new String[] {"/", "/app.js", "/kg/sparql?query=ASK{}"}) {
            RawHttp answer = send(readOnly, "GET", path, "", "");
            assertEquals(200, answer.status(), path);
            assertEquals("nosniff", answer.headers().get("x-content-type-options"), path);
            assertEquals(RequestGuard.POLICY, answer.headers().get("content-security-policy"), path);
        }
        assertTrue(RequestGuard.POLICY.contains("frame-ancestors 'none'"));
    }

    /** A query too long to parse within the timeout is refused, and its parsing stops. */
    @Test
    void parsingIsUnderTheQueryTimeout() throws Exception {
        ServerSettings settings = new ServerSettings(0, true, false, Duration.ofSeconds(1), 1000, null,
                new Guards(64 * Guards.MEBIBYTE, Set.of(), Set.of(), false, false, false));
        try (KgServer server = KgServer.start(store.dataset(), settings)) {
            RawHttp answer = send(server, "POST", "/kg/sparql", QUERY, "{8 MB comment}");
            assertEquals(400, answer.status(), answer.body());
            assertTrue(answer.body().contains("not parsed within 1 s"), answer.body());
            assertTrue(answer.millis() < 10_000, "answered in " + answer.millis() + " ms");
        }
    }
}
