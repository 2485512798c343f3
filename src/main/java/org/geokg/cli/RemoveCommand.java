package org.geokg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.geokg.query.Terms;
import org.geokg.rdf.Iris;
import org.geokg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code geokg remove ARTICLE}: deletes one article's graph. */
@Command(name = "remove", description = "Remove an article and everything extracted from it.")
final class RemoveCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ARTICLE", description = "The article's id, or its IRI (http(s)://... or <...>).")
    String article;

    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Node graph;
        try {
            graph = article.startsWith("<") || article.startsWith("http://") || article.startsWith("https://")
                    ? Terms.term(article) : Iris.article(article);
        } catch (Terms.BadTermException e) {
            throw new UsageException("remove: " + e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (KgStore store = storeOptions.open()) {
            Summaries.ensure(store, spec.commandLine().getErr());
            if (!store.removeGraph(graph)) {
                spec.commandLine().getErr().println("geokg: no article " + graph.getURI() + " in "
                        + store.describe());
                return 1;
            }
        }
        out.println("removed " + graph.getURI());
        out.flush();
        return 0;
    }
}
