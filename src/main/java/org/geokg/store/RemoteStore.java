package org.geokg.store;

import java.io.OutputStream;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkHTTP;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.geokg.GeoKgException;

/**
 * A remote SPARQL 1.1 store such as Apache Jena Fuseki, given by its dataset URL (for Fuseki
 * {@code http://host:3030/ds}); queries go to {@code URL/sparql}, updates to {@code URL/update}. Each article graph is
 * replaced by one update request ({@code DROP SILENT GRAPH} then {@code INSERT DATA}), which the server runs as
 * one transaction. Queries read the server's default graph, so the dataset must be configured with its default
 * graph as the union of the named graphs ({@code tdb2:unionDefaultGraph true} in Fuseki).
 */
public final class RemoteStore implements KgStore {
    private final String url;

    public RemoteStore(String url) {
        this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private RDFLink link() {
        return RDFLinkHTTP.newBuilder().destination(url).queryEndpoint("sparql").updateEndpoint("update").build();
    }

    @Override
    public void replaceGraphs(Map<Node, Graph> graphs) {
        StringBuilder update = new StringBuilder();
        graphs.forEach((name, content) -> {
            update.append("DROP SILENT GRAPH ").append(NodeFmtLib.strNT(name)).append(" ;\n");
            update.append("INSERT DATA { GRAPH ").append(NodeFmtLib.strNT(name)).append(" {\n");
            content.find().forEachRemaining(t -> update.append(NodeFmtLib.strNT(t.getSubject())).append(' ')
                    .append(NodeFmtLib.strNT(t.getPredicate())).append(' ')
                    .append(NodeFmtLib.strNT(t.getObject())).append(" .\n"));
            update.append("} } ;\n");
        });
        run(() -> {
            try (RDFLink link = link()) {
                link.update(update.toString());
            }
            return null;
        });
    }

    @Override
    public boolean removeGraph(Node graph) {
        boolean present = hasGraph(graph);
        run(() -> {
            try (RDFLink link = link()) {
                link.update("DROP SILENT GRAPH " + NodeFmtLib.strNT(graph));
            }
            return null;
        });
        return present;
    }

    @Override
    public ResultSet select(Query query) {
        return run(() -> {
            try (RDFLink link = link()) {
                RowSet rows = link.query(query).select();
                return ResultSetFactory.copyResults(ResultSet.adapt(rows));
            }
        });
    }

    @Override
    public Graph construct(Query query) {
        return run(() -> {
            try (RDFLink link = link()) {
                Graph graph = GraphFactory.createDefaultGraph();
                var exec = link.query(query);
                (query.isDescribeType() ? exec.describeTriples() : exec.constructTriples()).forEachRemaining(graph::add);
                return graph;
            }
        });
    }

    @Override
    public boolean ask(Query query) {
        return run(() -> {
            try (RDFLink link = link()) {
                return link.query(query).ask();
            }
        });
    }

    @Override
    public void export(Lang lang, OutputStream out) {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        ResultSet quads = select(QueryFactory.create("SELECT ?g ?s ?p ?o { GRAPH ?g { ?s ?p ?o } }"));
        quads.forEachRemaining(row -> dataset.add(row.get("g").asNode(), row.get("s").asNode(),
                row.get("p").asNode(), row.get("o").asNode()));
        StoreExport.write(dataset, lang, out);
    }

    @Override
    public long size() {
        ResultSet rows = select(QueryFactory.create("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"));
        return rows.hasNext() ? rows.next().getLiteral("n").getLong() : 0;
    }

    @Override
    public String describe() {
        return url;
    }

    @Override
    public void close() {
    }

    private <T> T run(java.util.concurrent.Callable<T> call) {
        try {
            return call.call();
        } catch (GeoKgException | org.apache.jena.query.QueryParseException e) {
            throw e;
        } catch (Exception e) {
            throw new GeoKgException("SPARQL endpoint " + url + ": " + e.getMessage(), e);
        }
    }
}
