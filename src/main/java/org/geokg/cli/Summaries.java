package org.geokg.cli;

import java.io.PrintWriter;
import org.geokg.store.KgStore;

/** Makes the summary graph of a store that has graphs but none, before a command writes to it. */
final class Summaries {
    private Summaries() {
    }

    static void ensure(KgStore store, PrintWriter err) {
        if (store.lacksSummary()) {
            err.println(store.describe() + ": no summary graph (a store of an older GeoKG, or loaded by another tool); "
                    + "making it first");
            err.flush();
            long triples = store.rebuildSummary();
            err.println(store.describe() + ": summary graph made, " + triples + " triples");
            err.flush();
        }
    }
}
