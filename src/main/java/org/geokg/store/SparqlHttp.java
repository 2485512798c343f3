package org.geokg.store;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.geokg.GeoKgException;

/**
 * Queries sent to a SPARQL 1.1 query endpoint over HTTP (the protocol's POST of a form), with a time limit on the
 * whole exchange, and the response header by which {@code geokg serve} says that it capped a SELECT query's rows.
 * Thread-safe.
 */
final class SparqlHttp {
    /** The response header in which {@code geokg serve} gives the row cap it put on a SELECT query. */
    static final String ROW_LIMIT_HEADER = "GeoKG-Row-Limit";

    /**
     * The row cap that endpoints commonly put on SELECT answers without saying so: {@code geokg serve}'s default,
     * and Virtuoso's {@code ResultSetMaxRows}. An answer of exactly this many rows may have been cut.
     */
    static final long USUAL_CAP = 10_000;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI endpoint;
    private final String name;
    private final Duration timeout;

    /** Queries to this endpoint, each stopped after the timeout (null: none); errors name the store by {@code name}. */
    SparqlHttp(String endpoint, String name, Duration timeout) {
        this.endpoint = URI.create(endpoint);
        this.name = name;
        this.timeout = timeout;
    }

    /** The rows, with the cap the endpoint said it put on them, else the usual cap when they are that many. */
    Rows select(Query query) {
        HttpResponse<byte[]> response = send(query, ResultSetLang.RS_JSON.getHeaderString());
        ResultSetRewindable rows = ResultSetFactory.makeRewindable(ResultSetMgr.read(body(response),
                resultLang(response)));
        long cap = response.headers().firstValueAsLong(ROW_LIMIT_HEADER)
                .orElse(rows.size() == USUAL_CAP ? USUAL_CAP : 0);
        return new Rows(rows, cap);
    }

    boolean ask(Query query) {
        HttpResponse<byte[]> response = send(query, ResultSetLang.RS_JSON.getHeaderString());
        return ResultSetMgr.readBoolean(body(response), resultLang(response));
    }

    Graph construct(Query query) {
        HttpResponse<byte[]> response = send(query, "application/n-triples, text/turtle;q=0.9");
        Lang lang = response.headers().firstValue("Content-Type").map(RDFLanguages::contentTypeToLang)
                .orElse(Lang.NTRIPLES);
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(body(response)).lang(lang == null ? Lang.NTRIPLES : lang).parse(graph);
        return graph;
    }

    private static ByteArrayInputStream body(HttpResponse<byte[]> response) {
        return new ByteArrayInputStream(response.body());
    }

    private static Lang resultLang(HttpResponse<byte[]> response) {
        Lang lang = response.headers().firstValue("Content-Type").map(RDFLanguages::contentTypeToLang).orElse(null);
        return lang == null ? ResultSetLang.RS_JSON : lang;
    }

    private HttpResponse<byte[]> send(Query query, String accept) {
        String form = "query=" + URLEncoder.encode(query.serialize(), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(endpoint).header("Accept", accept)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(request,
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> response;
        try {
            response = timeout == null ? exchange.get() : exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new QueryTimeoutException(timeout, e);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new GeoKgException("SPARQL endpoint " + name + ": interrupted", e);
        } catch (ExecutionException e) {
            throw EndpointErrors.of(name, e.getCause());
        }
        if (response.statusCode() != 200) {
            throw EndpointErrors.status(name, response.statusCode(), null,
                    new String(response.body(), StandardCharsets.UTF_8));
        }
        return response;
    }
}
