package org.geokg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.geokg.query.GeoSparql;
import org.geokg.serve.KgServer;
import org.geokg.serve.ServerSettings;
import org.geokg.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code geokg serve}: a SPARQL endpoint over the store and a page that draws its meeting network. */
@Command(name = "serve", description = "Serve the store over SPARQL 1.1 (embedded Apache Jena Fuseki, read-only "
        + "unless --allow-update) at /kg/sparql, and a page that draws its meeting network at /.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030", description = "HTTP port (default: "
            + "${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--allow-update", description = "Turn on the SPARQL update endpoint /kg/update.")
    boolean allowUpdate;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Stop queries that run longer (default: ${DEFAULT-VALUE}).")
    long timeout;

    @Option(names = "--limit", paramLabel = "ROWS", defaultValue = "10000",
            description = "The most rows a SELECT query returns (default: ${DEFAULT-VALUE}).")
    long limit;

    @Option(names = "--cors", paramLabel = "ORIGIN", description = "Let pages of this origin (http://host:port, or * "
            + "for any) query the endpoint from a browser; by default only the server's own page can.")
    String cors;

    @Option(names = "--public", description = "Listen on every network interface (default: localhost only).")
    boolean listenEverywhere;

    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path directory = storeOptions.existingDirectory("serve");
        ServerSettings settings;
        try {
            settings = new ServerSettings(port, !listenEverywhere, allowUpdate, Duration.ofSeconds(timeout), limit,
                    cors);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        GeoSparql.register(); // geof:distance and the other GeoSPARQL functions, for the endpoint and the page
        try (TdbStore store = TdbStore.open(directory);
             KgServer server = KgServer.start(store.dataset(), settings)) {
            PrintWriter out = spec.commandLine().getOut();
            out.printf("serving %s at %s (SPARQL endpoint %s/sparql, %s); Ctrl-C stops%n", directory,
                    server.pageUrl(), server.datasetUrl(), allowUpdate ? "updates allowed" : "read-only");
            out.flush();
            server.join();
        } catch (KgServer.PortInUseException e) {
            throw new UsageException(e.getMessage(), e);
        }
        return 0;
    }
}
