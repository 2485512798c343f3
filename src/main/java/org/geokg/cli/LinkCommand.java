package org.geokg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.geokg.enrich.LinkCoverage;
import org.geokg.enrich.OnlineLinking;
import org.geokg.enrich.OnlineReconciler;
import org.geokg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code geokg link}: reports how much of the store is linked to Wikidata and GeoNames ({@code --report}, the
 * default), or links the rest through a Wikidata-style SPARQL endpoint ({@code --online --wikidata URL}).
 */
@Command(name = "link", description = "Report the coverage of the links to Wikidata and GeoNames (--report), or "
        + "look up unlinked entities on a Wikidata-style SPARQL endpoint (--online --wikidata URL).")
final class LinkCommand implements Callable<Integer> {
    @Option(names = "--report", description = "Print the share of entities and mentions linked, by type, and the "
            + "most mentioned unlinked names (the default).")
    boolean report;

    @Option(names = "--online", description = "Look up unlinked entities by English label and type on --wikidata.")
    boolean online;

    @Option(names = "--wikidata", paramLabel = "URL",
            description = "The Wikidata-style SPARQL endpoint for --online, e.g. https://query.wikidata.org/sparql.")
    String wikidata;

    @Option(names = "--cache", paramLabel = "FILE", description = "Cache of online answers (default: "
            + "DIR.link-cache.json beside the TDB2 store, or link-cache.json here with --endpoint).")
    Path cache;

    @Option(names = "--rate", paramLabel = "N", description = "At most N requests per second (default: 2).")
    double rate = 2;

    @Option(names = "--limit", paramLabel = "N", description = "Look up at most N entities (default: 1000).")
    int limit = 1000;

    @Option(names = "--top", paramLabel = "N", description = "Unlinked names to list (default: 20).")
    int top = 20;

    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (online != (wikidata != null)) {
            throw new ParameterException(spec.commandLine(), online ? "--online needs --wikidata URL (--endpoint "
                    + "names the store)" : "--wikidata is only for --online");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (KgStore kg = storeOptions.open()) {
            if (online) {
                Path cacheFile = cache != null ? cache : OnlineReconciler.defaultCache(storeOptions.directory());
                try (OnlineReconciler reconciler = new OnlineReconciler(wikidata, cacheFile, rate)) {
                    OnlineLinking.Result result = OnlineLinking.run(kg, reconciler, limit);
                    out.printf("looked up %d unlinked entities on %s: %d linked, %d requests (cache %s)%n",
                            result.candidates(), wikidata, result.linked(), result.requests(), cacheFile);
                }
            }
            if (report || !online) {
                out.print(LinkCoverage.of(kg, top).format());
            }
        }
        out.flush();
        return 0;
    }
}
