package org.geokg.store;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
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
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.geokg.GeoKgException;
import org.geokg.rdf.Iris;
import org.geokg.summary.GraphSummary;
import org.geokg.summary.Summary;
import org.geokg.summary.SummaryChange;

/**
 * A remote SPARQL 1.1 store such as Apache Jena Fuseki, given by its dataset URL (for Fuseki
 * {@code http://host:3030/ds}); queries go to {@code URL/sparql}, updates to {@code URL/update}. Each article graph is
 * replaced by one update request ({@code DROP SILENT GRAPH} then {@code INSERT DATA}, and the change of the summary
 * graph), which the server runs as one transaction. Queries read the server's default graph, so the dataset must be
 * configured with its default graph as the union of the named graphs ({@code tdb2:unionDefaultGraph true} in Fuseki).
 */
public final class RemoteStore implements KgStore {
    private final String url;

    public RemoteStore(String url) {
        this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private RDFLink link() {
        return RDFLinkHTTP.newBuilder().destination(url).queryEndpoint("sparql").updateEndpoint("update").build();
    }

    /**
     * Replaces the graphs and updates the summary graph in one update request. The summary of the graphs' old
     * content and the stored summary of the entities and pairs they touch are read first, so two processes writing
     * the same store at once could each miss the other's change of a count ({@code geokg summarize} mends that).
     */
    @Override
    public void replaceGraphs(Map<Node, Graph> graphs) {
        Map<Node, Graph> old = graphsOf(graphs.keySet());
        List<GraphSummary> removed = new ArrayList<>();
        List<GraphSummary> added = new ArrayList<>();
        StringBuilder update = new StringBuilder();
        graphs.forEach((name, content) -> {
            removed.add(GraphSummary.of(name, old.getOrDefault(name, GraphFactory.createDefaultGraph())));
            added.add(GraphSummary.of(name, content));
            update.append("DROP SILENT GRAPH ").append(NodeFmtLib.strNT(name)).append(" ;\n");
            insertData(update, name, content.find().toList());
        });
        appendSummaryChange(update, removed, added);
        runUpdate(update.toString());
    }

    @Override
    public boolean removeGraph(Node graph) {
        Graph old = graphsOf(Set.of(graph)).get(graph);
        StringBuilder update = new StringBuilder("DROP SILENT GRAPH " + NodeFmtLib.strNT(graph) + " ;\n");
        if (old != null) {
            appendSummaryChange(update, List.of(GraphSummary.of(graph, old)), List.of());
        }
        runUpdate(update.toString());
        return old != null;
    }

    @Override
    public long rebuildSummary() {
        Summary summary = new Summary();
        String articleGraphs = "SELECT ?g ?s ?p ?o { GRAPH ?g { ?s ?p ?o } FILTER(?g != "
                + NodeFmtLib.strNT(Iris.SUMMARY_GRAPH) + ") }";
        graphs(articleGraphs).forEach((name, graph) -> summary.add(GraphSummary.of(name, graph)));
        Graph result = summary.toGraph();
        StringBuilder update = new StringBuilder("DROP SILENT GRAPH " + NodeFmtLib.strNT(Iris.SUMMARY_GRAPH) + " ;\n");
        insertData(update, Iris.SUMMARY_GRAPH, result.find().toList());
        runUpdate(update.toString());
        return result.size();
    }

    /** The stored content of the graphs named that exist. */
    private Map<Node, Graph> graphsOf(Set<Node> names) {
        StringBuilder values = new StringBuilder();
        names.forEach(n -> values.append(' ').append(NodeFmtLib.strNT(n)));
        return graphs("SELECT ?g ?s ?p ?o { VALUES ?g {" + values + " } GRAPH ?g { ?s ?p ?o } }");
    }

    /** The graphs that a query's rows of ?g ?s ?p ?o make. */
    private Map<Node, Graph> graphs(String query) {
        Map<Node, Graph> graphs = new HashMap<>();
        select(QueryFactory.create(query)).forEachRemaining(row -> graphs
                .computeIfAbsent(row.get("g").asNode(), g -> GraphFactory.createDefaultGraph())
                .add(row.get("s").asNode(), row.get("p").asNode(), row.get("o").asNode()));
        return graphs;
    }

    private void appendSummaryChange(StringBuilder update, List<GraphSummary> removed, List<GraphSummary> added) {
        SummaryChange change = SummaryChange.of(removed, added,
                keys -> construct(QueryFactory.create(keys.constructQuery())));
        if (!change.deletions().isEmpty()) {
            update.append("DELETE DATA { GRAPH ").append(NodeFmtLib.strNT(Iris.SUMMARY_GRAPH)).append(" {\n");
            triples(update, change.deletions());
            update.append("} } ;\n");
        }
        if (!change.additions().isEmpty()) {
            insertData(update, Iris.SUMMARY_GRAPH, change.additions());
        }
    }

    private static void insertData(StringBuilder update, Node graph, List<Triple> triples) {
        update.append("INSERT DATA { GRAPH ").append(NodeFmtLib.strNT(graph)).append(" {\n");
        triples(update, triples);
        update.append("} } ;\n");
    }

    private static void triples(StringBuilder update, List<Triple> triples) {
        triples.forEach(t -> update.append(NodeFmtLib.strNT(t.getSubject())).append(' ')
                .append(NodeFmtLib.strNT(t.getPredicate())).append(' ')
                .append(NodeFmtLib.strNT(t.getObject())).append(" .\n"));
    }

    private void runUpdate(String update) {
        run(() -> {
            try (RDFLink link = link()) {
                link.update(update);
            }
            return null;
        });
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
        ResultSet quads = select(QueryFactory.create("SELECT ?g ?s ?p ?o { GRAPH ?g { ?s ?p ?o } FILTER(?g != "
                + NodeFmtLib.strNT(Iris.SUMMARY_GRAPH) + ") }"));
        quads.forEachRemaining(row -> dataset.add(row.get("g").asNode(), row.get("s").asNode(),
                row.get("p").asNode(), row.get("o").asNode()));
        StoreExport.write(dataset, lang, out);
    }

    @Override
    public long size() {
        ResultSet rows = select(QueryFactory.create("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(?g != "
                + NodeFmtLib.strNT(Iris.SUMMARY_GRAPH) + ") }"));
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
            throw new GeoKgException("SPARQL endpoint " + url + ": " + cause(e), e);
        }
    }

    /**
     * What went wrong, in one line: the HTTP status and the start of the body the server sent, else the network
     * error (connection refused, unknown host, timeout), else the message.
     */
    private String cause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpException http && http.getStatusCode() > 0) {
                return status(http.getStatusCode(), http.getStatusLine(), http.getResponse());
            } else if (t instanceof QueryExceptionHTTP http && http.getStatusCode() > 0) {
                return status(http.getStatusCode(), http.getStatusLine(), http.getResponse());
            } else if (t instanceof java.net.ConnectException) {
                boolean unresolved = t.getCause() instanceof java.nio.channels.UnresolvedAddressException;
                return unresolved ? "unknown host " + java.net.URI.create(url).getHost() : "connection refused";
            } else if (t instanceof java.net.UnknownHostException) {
                return "unknown host " + t.getMessage();
            } else if (t instanceof java.net.http.HttpTimeoutException) {
                return "timed out";
            }
        }
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return cut(message.strip().replaceAll("\\s+", " "));
    }

    private static String status(int code, String line, String body) {
        String text = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        return "HTTP " + code + (line == null || line.isBlank() ? "" : " " + line.strip())
                + (text.isEmpty() ? "" : ": " + cut(text));
    }

    private static String cut(String line) {
        int most = 200;
        return line.length() <= most ? line : line.substring(0, most) + "...";
    }
}
