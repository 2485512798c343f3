package org.geokg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.geokg.enrich.LinkCoverage;
import org.geokg.enrich.OnlineLinking;
import org.geokg.enrich.OnlineReconciler;
import org.geokg.store.KgStore;
import org.geokg.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code geokg link}: reports how much of the store is linked to Wikidata and GeoNames ({@code --report}, the
 * default), or links the rest through a Wikidata-style SPARQL endpoint ({@code --online --endpoint URL}).
 */
@Command(name = "link", description = "Report the coverage of the links to Wikidata and GeoNames (--report), or "
        + "look up unlinked entities on a Wikidata-style SPARQL endpoint (--online --endpoint URL).")
final class LinkCommand implements Callable<Integer> {
    @Option(names = "--report", description = "Print the share of entities and mentions linked, by type, and the "
            + "most mentioned unlinked names (the default).")
    boolean report;

    @Option(names = "--online", description = "Look up unlinked entities by English label and type on --endpoint.")
    boolean online;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "The Wikidata-style SPARQL endpoint for --online, e.g. https://query.wikidata.org/sparql.")
    String endpoint;

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store directory (default: ${DEFAULT-VALUE}).",
            defaultValue = "geokg-data")
    Path store;

    @Option(names = "--cache", paramLabel = "FILE",
            description = "Cache of online answers (default: DIR.link-cache.json beside the store).")
    Path cache;

    @Option(names = "--rate", paramLabel = "N", description = "At most N requests per second (default: 2).")
    double rate = 2;

    @Option(names = "--limit", paramLabel = "N", description = "Look up at most N entities (default: 1000).")
    int limit = 1000;

    @Option(names = "--top", paramLabel = "N", description = "Unlinked names to list (default: 20).")
    int top = 20;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (online && endpoint == null) {
            throw new ParameterException(spec.commandLine(), "--online needs --endpoint URL");
        }
        if (!online && endpoint != null) {
            throw new ParameterException(spec.commandLine(), "--endpoint is only for --online");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (KgStore kg = TdbStore.open(store)) {
            if (online) {
                Path cacheFile = cache != null ? cache
                        : store.toAbsolutePath().resolveSibling(store.getFileName() + ".link-cache.json");
                try (OnlineReconciler reconciler = new OnlineReconciler(endpoint, cacheFile, rate)) {
                    OnlineLinking.Result result = OnlineLinking.run(kg, reconciler, limit);
                    out.printf("looked up %d unlinked entities on %s: %d linked, %d requests (cache %s)%n",
                            result.candidates(), endpoint, result.linked(), result.requests(), cacheFile);
                }
            }
            if (report || !online) {
                print(out, LinkCoverage.of(kg, top));
            }
        }
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, LinkCoverage coverage) {
        out.printf("%-13s %9s %7s %6s %9s %7s %6s%n", "type", "entities", "linked", "share", "mentions", "linked",
                "share");
        long[] total = new long[4];
        for (LinkCoverage.TypeCoverage t : coverage.types()) {
            out.printf("%-13s %9d %7d %6s %9d %7d %6s%n", t.type(), t.entities(), t.linkedEntities(),
                    share(t.linkedEntities(), t.entities()), t.mentions(), t.linkedMentions(),
                    share(t.linkedMentions(), t.mentions()));
            total[0] += t.entities();
            total[1] += t.linkedEntities();
            total[2] += t.mentions();
            total[3] += t.linkedMentions();
        }
        out.printf("%-13s %9d %7d %6s %9d %7d %6s%n", "all", total[0], total[1], share(total[1], total[0]), total[2],
                total[3], share(total[3], total[2]));
        if (!coverage.unlinked().isEmpty()) {
            out.println();
            out.println("most mentioned unlinked names:");
            coverage.unlinked().forEach(u -> out.printf("%7d  %-13s %s%n", u.mentions(), u.type(), u.name()));
        }
    }

    private static String share(long part, long whole) {
        return whole == 0 ? "-" : String.format("%.1f%%", 100.0 * part / whole);
    }
}
