package org.geokg.store;

import java.io.OutputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.DatasetGraph;

/** Writes a store's dataset: quad formats keep the named graphs, triple formats get their union. */
final class StoreExport {
    private StoreExport() {
    }

    static void write(DatasetGraph dataset, Lang lang, OutputStream out) {
        if (RDFLanguages.isQuads(lang)) {
            RDFDataMgr.write(out, dataset, lang);
        } else {
            RDFDataMgr.write(out, dataset.getUnionGraph(), lang);
        }
    }
}
