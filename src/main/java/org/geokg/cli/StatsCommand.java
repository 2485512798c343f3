package org.geokg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.geokg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code geokg stats}: counts of articles, triples, entities by type and meetings. */
@Command(name = "stats", description = "Print counts: articles, triples, mentions, entities by type, meetings.")
final class StatsCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (KgStore store = storeOptions.open()) {
            store.counts().forEach((name, count) -> out.printf("%-22s %d%n", name, count));
        }
        out.flush();
        return 0;
    }
}
