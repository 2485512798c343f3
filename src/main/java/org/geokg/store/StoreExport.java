package org.geokg.store;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFilteredView;
import org.geokg.rdf.Iris;

/**
 * Writes a store's dataset: quad formats keep the named graphs, triple formats get their union. The summary graph is
 * left out: it is derived from the others, and {@code geokg summarize} makes it again where the export is loaded.
 */
final class StoreExport {
    private StoreExport() {
    }

    static void write(DatasetGraph dataset, Lang lang, OutputStream out) {
        List<Node> articleGraphs = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(name -> {
            if (!name.equals(Iris.SUMMARY_GRAPH)) {
                articleGraphs.add(name);
            }
        });
        DatasetGraph view = new DatasetGraphFilteredView(dataset,
                quad -> !quad.getGraph().equals(Iris.SUMMARY_GRAPH), articleGraphs);
        if (RDFLanguages.isQuads(lang)) {
            RDFDataMgr.write(out, view, lang);
        } else {
            RDFDataMgr.write(out, view.getUnionGraph(), lang);
        }
    }
}
