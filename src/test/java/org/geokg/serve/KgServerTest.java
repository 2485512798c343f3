package org.geokg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.geokg.cli.GeoKg;
import org.geokg.store.ExampleStore;
import org.geokg.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SPARQL endpoint and the page of {@code geokg serve}, over HTTP, on a store built from {@code examples/}. */
class KgServerTest {
    private static final String WHO_MET_WHOM = "PREFIX gkg: <https://w3id.org/geokg/ontology#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            + "SELECT DISTINCT ?a ?b WHERE { ?x gkg:met ?y . ?x rdfs:label ?a . ?y rdfs:label ?b "
            + "FILTER(STR(?a) < STR(?b)) } ORDER BY ?a ?b";

    @TempDir
    static Path dir;

    private static TdbStore store;
    private static KgServer server;

    @BeforeAll
    static void serveTheExample() {
        store = TdbStore.open(ExampleStore.create(dir.resolve("store")));
        server = KgServer.start(store.dataset(), new ServerSettings(0, true, false, Duration.ofSeconds(2), 1000));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static HttpResponse<String> post(String url, String contentType, String body) throws IOException,
            InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        // A fresh client per request: the server may close a connection after refusing a request, and a pooled
        // connection it has just closed fails the next request with "header parser received no bytes".
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> query(KgServer on, String sparql) throws IOException, InterruptedException {
        return post(on.datasetUrl() + "/sparql", "application/x-www-form-urlencoded",
                "query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8));
    }

    private static List<String> rows(HttpResponse<String> response, String... variables) {
        assertEquals(200, response.statusCode(), response.body());
        JsonArray bindings = JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonObject("results")
                .getAsJsonArray("bindings");
        List<String> rows = new ArrayList<>();
        for (var binding : bindings) {
            List<String> values = new ArrayList<>();
            for (String variable : variables) {
                JsonObject row = binding.getAsJsonObject();
                values.add(row.has(variable) ? row.getAsJsonObject(variable).get("value").getAsString() : "");
            }
            rows.add(String.join(" – ", values));
        }
        return rows;
    }

    @Test
    void aSparqlQueryOverHttpAnswersWhoMetWhomInJson() throws Exception {
        HttpResponse<String> response = query(server, WHO_MET_WHOM);
        assertTrue(response.headers().firstValue("Content-Type").orElse("")
                .startsWith("application/sparql-results+json"), response.headers().toString());
        List<String> expected = List.of("Mikhail Mishustin – Xi Jinping", "Russia – Xi Jinping",
                "Vladimir Putin – Xi Jinping");
        assertEquals(expected, rows(response, "a", "b"));
        assertEquals(expected, rows(get(server.datasetUrl() + "/sparql?query="
                + URLEncoder.encode(WHO_MET_WHOM, StandardCharsets.UTF_8)), "a", "b"));
    }

    @Test
    void updatesAreRefusedByDefault() throws Exception {
        String insert = "INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/s> "
                + "<https://example.org/p> \"intruder\" } }";
        HttpResponse<String> update = post(server.datasetUrl() + "/update", "application/sparql-update", insert);
        assertTrue(update.statusCode() >= 400 && update.statusCode() < 500, update.statusCode() + " " + update.body());
        HttpResponse<String> direct = post(server.datasetUrl(), "application/sparql-update", insert);
        assertTrue(direct.statusCode() >= 400 && direct.statusCode() < 500, direct.statusCode() + " " + direct.body());
        HttpResponse<String> form = post(server.datasetUrl(), "application/x-www-form-urlencoded",
                "update=" + URLEncoder.encode(insert, StandardCharsets.UTF_8));
        assertTrue(form.statusCode() >= 400 && form.statusCode() < 500, form.statusCode() + " " + form.body());
        assertEquals(List.of(), rows(query(server, "SELECT ?o { ?s ?p \"intruder\" }"), "o"));
    }

    @Test
    void updatesWorkWhenAllowed() throws Exception {
        try (TdbStore scratch = TdbStore.inMemory();
             KgServer writable = KgServer.start(scratch.dataset(),
                     new ServerSettings(0, true, true, Duration.ofSeconds(5), 1000))) {
            HttpResponse<String> update = post(writable.datasetUrl() + "/update", "application/sparql-update",
                    "INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/s> <https://example.org/p> "
                            + "\"welcome\" } }");
            assertTrue(update.statusCode() < 300, update.statusCode() + " " + update.body());
            assertEquals(List.of("https://example.org/s"),
                    rows(query(writable, "SELECT ?s { ?s ?p \"welcome\" }"), "s"), "read from the union graph");
        }
    }

    @Test
    void selectResultsAreLimitedAndLongQueriesStopped() throws Exception {
        HttpResponse<String> capped = query(server, "SELECT * { ?s ?p ?o }");
        assertEquals(1000, rows(capped, "s").size());
        assertEquals("1000", capped.headers().firstValue("GeoKG-Row-Limit").orElse(""), "a capped result says so");
        HttpResponse<String> small = query(server, "SELECT * { ?s ?p ?o } LIMIT 3");
        assertEquals(3, rows(small, "s").size());
        assertTrue(small.headers().firstValue("GeoKG-Row-Limit").isEmpty(), "the query's own smaller limit is kept");
        long start = System.nanoTime();
        HttpResponse<String> slow = query(server, "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
        long seconds = (System.nanoTime() - start) / 1_000_000_000;
        assertTrue(slow.statusCode() >= 500, slow.statusCode() + " " + slow.body());
        assertTrue(seconds < 30, "stopped after " + seconds + " s");
    }

    /** Cross-origin access is off unless asked for, and then only for the origin given. */
    @Test
    void browsersOfOtherOriginsMayQueryOnlyWithCors() throws Exception {
        String from = "http://localhost:8080";
        assertTrue(fromOrigin(server, from, "POST").headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        try (KgServer open = KgServer.start(store.dataset(),
                new ServerSettings(0, true, false, Duration.ofSeconds(5), 1000, from))) {
            HttpResponse<String> allowed = fromOrigin(open, from, "POST");
            assertEquals(200, allowed.statusCode());
            assertEquals(from, allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            HttpResponse<String> preflight = fromOrigin(open, from, "OPTIONS");
            assertEquals(204, preflight.statusCode());
            assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
            assertTrue(fromOrigin(open, "http://elsewhere.example", "POST").headers()
                    .firstValue("Access-Control-Allow-Origin").isEmpty());
        }
        assertThrows(IllegalArgumentException.class,
                () -> new ServerSettings(0, true, false, Duration.ofSeconds(5), 1000, "not an origin"));
    }

    private static HttpResponse<String> fromOrigin(KgServer on, String origin, String method) throws Exception {
        String body = "query=" + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(on.datasetUrl() + "/sparql")).header("Origin", origin)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .method(method, method.equals("POST") ? HttpRequest.BodyPublishers.ofString(body)
                        : HttpRequest.BodyPublishers.noBody()).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void thePageAndCytoscapeAreServedFromTheJar() throws Exception {
        HttpResponse<String> page = get(server.pageUrl());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<script src=\"cytoscape.min.js\"></script>"), page.body());
        assertFalse(page.body().matches("(?s).*(src|href)=\"(https?:)?//.*"), "nothing from another server");
        HttpResponse<String> cytoscape = get(server.pageUrl() + "cytoscape.min.js");
        assertEquals(200, cytoscape.statusCode());
        assertTrue(cytoscape.body().length() > 100_000 && cytoscape.body().contains("cytoscape"));
        assertTrue(get(server.pageUrl() + "sparql.js").body().contains("const ENDPOINT = 'kg/sparql'"),
                "the page reads through the endpoint");
        assertEquals(404, get(server.pageUrl() + "pom.xml").statusCode());
    }

    @Test
    void theServerIsARemoteStoreForTheCommandLine() {
        var cli = GeoKg.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        assertEquals(0, cli.execute("query", "who-met-whom", "--format", "csv", "--endpoint", server.datasetUrl()));
        assertTrue(out.toString().contains("Vladimir Putin,Xi Jinping,2,2023-03-20,2023-03-21"), out.toString());
    }
}
