package org.geokg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.geokg.query.GeoSparql;
import org.geokg.store.ExampleStore;
import org.geokg.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The endpoint of {@code geokg serve} answers {@code geof:distance} between the points of places in kilometres, on
 * the store of {@code examples/}: Moscow (37.61781 E, 55.75204 N) to Ukraine's point, its capital Kyiv
 * (30.5238 E, 50.45466 N), is 755.0 km by the haversine formula on a sphere of radius 6371.0088 km.
 */
class GeoSparqlServeTest {
    private static final String DISTANCE = """
            PREFIX geo: <http://www.opengis.net/ont/geosparql#>
            PREFIX geof: <http://www.opengis.net/def/function/geosparql/>
            PREFIX uom: <http://www.opengis.net/def/uom/OGC/1.0/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?km WHERE {
              ?moscow rdfs:label "Moscow" ; geo:hasGeometry/geo:asWKT ?from .
              ?ukraine rdfs:label "Ukraine" ; geo:hasGeometry/geo:asWKT ?to .
              BIND(geof:distance(?from, ?to, uom:kilometre) AS ?km)
            }""";

    @Test
    void theEndpointAnswersDistancesInKilometres(@TempDir Path dir) throws Exception {
        GeoSparql.register(); // as geokg serve does before it serves
        try (TdbStore store = TdbStore.open(ExampleStore.create(dir.resolve("store")));
             KgServer server = KgServer.start(store.dataset(),
                     new ServerSettings(0, true, false, Duration.ofSeconds(30), 1000))) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString("query="
                            + URLEncoder.encode(DISTANCE, StandardCharsets.UTF_8))).build();
            HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            JsonArray rows = JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonObject("results")
                    .getAsJsonArray("bindings");
            assertEquals(1, rows.size(), response.body());
            JsonObject km = rows.get(0).getAsJsonObject().getAsJsonObject("km");
            assertEquals(755.0, Double.parseDouble(km.get("value").getAsString()), 0.5, response.body());
        }
    }
}
