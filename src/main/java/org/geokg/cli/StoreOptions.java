package org.geokg.cli;

import java.nio.file.Path;
import java.time.Duration;
import org.geokg.store.KgStore;
import org.geokg.store.RemoteStore;
import org.geokg.store.TdbStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** The {@code --store DIR} or {@code --endpoint URL} option that every verb takes. */
final class StoreOptions {
    @ArgGroup(exclusive = true)
    Where where = new Where();

    static final class Where {
        @Option(names = "--store", paramLabel = "DIR",
                description = "TDB2 store directory (default: ${DEFAULT-VALUE}).", defaultValue = "geokg-data")
        Path store = Path.of("geokg-data");

        @Option(names = "--endpoint", paramLabel = "URL",
                description = "A SPARQL 1.1 dataset URL (Fuseki: http://host:3030/ds) instead of a TDB2 directory.")
        String endpoint;
    }

    /** The TDB2 directory chosen, or null when a remote endpoint was chosen. */
    Path directory() {
        return where.endpoint != null ? null : where.store;
    }

    /** The TDB2 directory chosen, which must hold a store: a remote store or no store there is a usage error. */
    Path existingDirectory(String verb) {
        if (where.endpoint != null) {
            throw new UsageException(verb + " needs a TDB2 store (--store DIR), not --endpoint");
        }
        return requireStore();
    }

    /** The TDB2 directory chosen, which must hold a store: any other directory, or none, is a usage error. */
    private Path requireStore() {
        if (!TdbStore.exists(where.store)) {
            throw new UsageException("not a GeoKG store: " + where.store + " (no store here; build one with "
                    + "'geokg ingest PATH --store " + where.store + "')");
        }
        return where.store;
    }

    /** Opens the chosen store, which must exist: only {@code ingest} makes a store ({@link #openOrCreate()}). */
    KgStore open() {
        return open(null);
    }

    /** Opens the chosen store, which must exist, its queries stopped after the timeout (null: none). */
    KgStore open(Duration timeout) {
        return where.endpoint != null ? new RemoteStore(where.endpoint, timeout)
                : TdbStore.open(requireStore(), timeout);
    }

    /** Opens the chosen store, making a new TDB2 store in the directory when it holds none (for {@code ingest}). */
    KgStore openOrCreate() {
        return where.endpoint != null ? new RemoteStore(where.endpoint) : TdbStore.open(where.store);
    }
}
