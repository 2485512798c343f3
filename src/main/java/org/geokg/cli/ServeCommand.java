package org.geokg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geokg.query.GeoSparql;
import org.geokg.query.JsonResultsWriter;
import org.geokg.serve.Guards;
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
    private static final Pattern SIZE = Pattern.compile("(\\d{1,9})([KMG]?)");

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

    @Option(names = "--cors-update", description = "Let pages of the --cors origin also send updates (with "
            + "--allow-update); updates from pages of other origins are always refused.")
    boolean corsUpdate;

    @Option(names = "--allow-form-update", description = "Accept form-encoded updates (update=...), which any web "
            + "page can send; by default updates must come as application/sparql-update.")
    boolean formUpdate;

    @Option(names = "--public", description = "Listen on every network interface (default: localhost only), and "
            + "answer requests addressed to an IP address; names need --allow-host.")
    boolean listenEverywhere;

    @Option(names = "--allow-host", paramLabel = "NAME", split = ",", description = "Answer requests addressed to "
            + "this host name too (besides localhost, 127.0.0.1 and [::1]; * for any); others are refused (403).")
    Set<String> hosts = Set.of();

    @Option(names = "--allow-service", paramLabel = "HOST", split = ",", description = "Let SPARQL SERVICE clauses "
            + "reach this host (e.g. query.wikidata.org); by default the server fetches from no other host.")
    Set<String> serviceHosts = Set.of();

    @Option(names = "--allow-dump", description = "Open the Graph Store Protocol reads (GET /kg/data?default, "
            + "/kg/get, /kg), which hand out whole graphs past the row limit.")
    boolean allowDump;

    @Option(names = "--max-request", paramLabel = "SIZE", description = "Refuse request bodies larger than this, "
            + "before reading them: bytes, or with K, M or G (default: 1M; 64M with --allow-update, for the batches "
            + "of ingest --endpoint).")
    String maxRequest;

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
                    cors, new Guards(bytes(maxRequest != null ? maxRequest : allowUpdate ? "64M" : "1M"), serviceHosts,
                    hosts, allowDump, corsUpdate, formUpdate));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        GeoSparql.register(); // geof:distance and the other GeoSPARQL functions, for the endpoint and the page
        JsonResultsWriter.install(); // SPARQL JSON results as Jena writes them, faster
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

    /** A size such as 1048576, 512K, 1M or 2G (powers of 1024). */
    private static long bytes(String size) {
        Matcher matcher = SIZE.matcher(size.toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("--max-request takes a size such as 1M, 512K or 1048576, not " + size);
        }
        int shift = switch (matcher.group(2)) {
            case "K" -> 10;
            case "M" -> 20;
            case "G" -> 30;
            default -> 0;
        };
        return Long.parseLong(matcher.group(1)) << shift;
    }
}
