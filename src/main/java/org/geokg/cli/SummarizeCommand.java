package org.geokg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.geokg.rdf.Iris;
import org.geokg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code geokg summarize}: computes the summary graph anew, for a store whose graphs another tool loaded. */
@Command(name = "summarize", description = "Compute the summary graph (counts per entity and per pair) anew from the "
        + "article graphs, after loading them with another tool; ingest and remove keep it up to date.")
final class SummarizeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        long triples;
        String where;
        try (KgStore store = storeOptions.open()) {
            triples = store.rebuildSummary();
            where = store.describe();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("summarized %s: %d triples in the graph %s (%.1f s)%n", where, triples,
                Iris.SUMMARY_GRAPH.getURI(), (System.nanoTime() - started) / 1e9);
        out.flush();
        return 0;
    }
}
