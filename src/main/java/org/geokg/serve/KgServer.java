package org.geokg.serve;

import java.net.BindException;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.geokg.GeoKgException;

/**
 * An embedded Apache Jena Fuseki serving one dataset at {@code /kg}: SPARQL 1.1 queries at {@code /kg/sparql} (and
 * {@code /kg/query}, and {@code /kg}), updates at {@code /kg/update} only when allowed, with a query timeout and a row
 * limit; the whole graphs over the Graph Store Protocol ({@code GET /kg/data}, {@code /kg/get}, {@code /kg}) only when
 * dumps are allowed; and the meeting-network page at {@code /}, which reads everything through the query endpoint.
 * Every request passes the {@link Guards} first: a size limit checked before the body is read, the host names it
 * answers to, no TRACE, no SERVICE to other hosts, no updates from other sites' pages.
 *
 * <pre>
 * Guards guards = new Guards(Guards.MEBIBYTE, Set.of("query.wikidata.org"), Set.of(), false, false, false);
 * ServerSettings settings = new ServerSettings(3030, true, false, Duration.ofSeconds(30), 10000, null, guards);
 * try (KgServer server = KgServer.start(dataset, settings)) {
 *     server.join();
 * }
 * </pre>
 */
public final class KgServer implements AutoCloseable {
    /** The dataset's path on the server. */
    public static final String DATASET = "/kg";

    /** The port is taken by another program. */
    public static final class PortInUseException extends GeoKgException {
        PortInUseException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final FusekiServer server;

    private KgServer(FusekiServer server) {
        this.server = server;
    }

    /** Starts serving; returns once the server listens. */
    public static KgServer start(DatasetGraph dataset, ServerSettings settings) {
        Guards guards = settings.guards();
        ServiceGuard services = new ServiceGuard(guards.serviceHosts());
        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.port())
                .loopback(settings.loopback())
                .registerOperation(Operation.Query, new GuardedQuery(settings.timeout(), settings.limit(), services))
                .addDataset(DATASET, dataset)
                .addEndpoint(DATASET, "sparql", Operation.Query)
                .addEndpoint(DATASET, "query", Operation.Query)
                .addOperation(DATASET, Operation.Query);
        if (settings.allowUpdate()) {
            builder.registerOperation(Operation.Update, new GuardedUpdate(settings.corsOrigin(), guards, services))
                    .addEndpoint(DATASET, "update", Operation.Update)
                    .addOperation(DATASET, Operation.Update);
        }
        if (guards.allowDump()) {
            builder.addEndpoint(DATASET, "data", Operation.GSP_R)
                    .addEndpoint(DATASET, "get", Operation.GSP_R)
                    .addOperation(DATASET, Operation.GSP_R);
        }
        PageServlet page = new PageServlet();
        for (String path : page.paths()) {
            builder.addServlet(path.equals("/") ? "" : path, page);
        }
        builder.addFilter("/*", new RequestGuard(settings.loopback(), guards.hostNames()));
        if (settings.corsOrigin() != null) {
            builder.addFilter("/*", new CorsFilter(settings.corsOrigin()));
        }
        FusekiServer server = builder.build();
        limitRequests(server.getJettyServer(), guards.maxRequest());
        try {
            server.start();
        } catch (RuntimeException e) {
            if (causedByBind(e)) {
                throw new PortInUseException("port " + settings.port() + " is in use; choose another with --port", e);
            }
            throw e;
        }
        return new KgServer(server);
    }

    /**
     * Refuses a request body over the limit before it is read: at once (413) when its Content-Length says so, and
     * as soon as a body without one (chunked) passes the limit.
     */
    private static void limitRequests(Server jetty, long maxRequest) {
        SizeLimitHandler limit = new SizeLimitHandler(maxRequest, -1);
        limit.setHandler(jetty.getHandler());
        jetty.setHandler(limit);
    }

    private static boolean causedByBind(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    /** The port the server listens on. */
    public int port() {
        return server.getPort();
    }

    /** The page's URL, such as {@code http://localhost:3030/}. */
    public String pageUrl() {
        return "http://localhost:" + port() + "/";
    }

    /** The dataset's URL, for {@code --endpoint} and SPARQL clients: queries go to this URL + {@code /sparql}. */
    public String datasetUrl() {
        return "http://localhost:" + port() + DATASET;
    }

    /** Waits until the server stops. */
    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }
}
