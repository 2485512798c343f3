package org.geokg.store;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.geokg.GeoKgException;

/** What went wrong with a SPARQL endpoint, in one line that names it: the same words for reads and writes. */
final class EndpointErrors {
    private static final int MOST = 200;

    private EndpointErrors() {
    }

    /** The error of a request to the endpoint at {@code url}. */
    static GeoKgException of(String url, Throwable e) {
        return new GeoKgException("SPARQL endpoint " + url + ": " + cause(url, e), e);
    }

    /** The error of an answer with an HTTP status other than 200. */
    static GeoKgException status(String url, int code, String line, String body) {
        return new GeoKgException("SPARQL endpoint " + url + ": " + status(code, line, body));
    }

    /**
     * The HTTP status and the start of the body the server sent, else the network error (connection refused,
     * unknown host, timeout), else the message.
     */
    private static String cause(String url, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpException http && http.getStatusCode() > 0) {
                return status(http.getStatusCode(), http.getStatusLine(), http.getResponse());
            } else if (t instanceof QueryExceptionHTTP http && http.getStatusCode() > 0) {
                return status(http.getStatusCode(), http.getStatusLine(), http.getResponse());
            } else if (t instanceof ConnectException) {
                boolean unresolved = t.getCause() instanceof UnresolvedAddressException;
                return unresolved ? "unknown host " + URI.create(url).getHost() : "connection refused";
            } else if (t instanceof UnknownHostException) {
                return "unknown host " + t.getMessage();
            } else if (t instanceof HttpTimeoutException) {
                return "timed out";
            }
        }
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return cut(message.strip().replaceAll("\\s+", " "));
    }

    private static String status(int code, String line, String body) {
        String text = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        return "HTTP " + code + (line == null || line.isBlank() ? "" : " " + line.strip())
                + (text.isEmpty() ? "" : ": " + cut(text));
    }

    private static String cut(String line) {
        return line.length() <= MOST ? line : line.substring(0, MOST) + "...";
    }
}
