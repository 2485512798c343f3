package org.geokg.store;

import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkHTTP;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
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
 *
 * <p>Nothing is read through one capped answer: an endpoint may cut a SELECT answer at a row cap ({@code geokg serve}
 * does, at 10,000 by default, and says so in a header), so the export and the other reads of whole graphs list the
 * graphs page by page and read each graph with a CONSTRUCT, and the export checks what it read against a count.
 */
public final class RemoteStore implements KgStore {
    /** Graph names asked for in one page of the listing. */
    private static final int PAGE = 1000;

    private final String url;
    private final SparqlHttp queries;

    public RemoteStore(String url) {
        this(url, null);
    }

    /** A remote store whose queries stop after the timeout (null: none) with a {@link QueryTimeoutException}. */
    public RemoteStore(String url, Duration timeout) {
        this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.queries = new SparqlHttp(this.url + "/sparql", this.url, timeout);
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
        articleGraphs().forEach(name -> summary.add(GraphSummary.of(name, graph(name))));
        Graph result = summary.toGraph();
        StringBuilder update = new StringBuilder("DROP SILENT GRAPH " + NodeFmtLib.strNT(Iris.SUMMARY_GRAPH) + " ;\n");
        insertData(update, Iris.SUMMARY_GRAPH, result.find().toList());
        runUpdate(update.toString());
        return result.size();
    }

    /**
     * The stored content of the graphs named that exist: in one SELECT, or graph by graph when the endpoint may have
     * cut its answer.
     */
    private Map<Node, Graph> graphsOf(Set<Node> names) {
        StringBuilder values = new StringBuilder();
        names.forEach(n -> values.append(' ').append(NodeFmtLib.strNT(n)));
        Rows rows = selectRows(QueryFactory.create("SELECT ?g ?s ?p ?o { VALUES ?g {" + values
                + " } GRAPH ?g { ?s ?p ?o } }"));
        Map<Node, Graph> graphs = new HashMap<>();
        if (rows.mayBeCut()) {
            names.forEach(name -> {
                Graph graph = graph(name);
                if (!graph.isEmpty()) {
                    graphs.put(name, graph);
                }
            });
            return graphs;
        }
        rows.results().forEachRemaining(row -> graphs
                .computeIfAbsent(row.get("g").asNode(), g -> GraphFactory.createDefaultGraph())
                .add(row.get("s").asNode(), row.get("p").asNode(), row.get("o").asNode()));
        return graphs;
    }

    /** One named graph's content, read with a CONSTRUCT (which no row cap cuts). */
    private Graph graph(Node name) {
        return construct(QueryFactory.create("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH " + NodeFmtLib.strNT(name)
                + " { ?s ?p ?o } }"));
    }

    /**
     * The names of the article graphs (every named graph but the summary), listed in pages in their order; a page
     * shorter than asked (or than the row cap the endpoint said it put on it) is the last.
     */
    private List<Node> articleGraphs() {
        List<Node> names = new ArrayList<>();
        for (long listed = 0; ; ) {
            Query page = QueryFactory.create("SELECT ?g { GRAPH ?g { } } ORDER BY ?g");
            page.setLimit(PAGE);
            page.setOffset(listed);
            Rows rows = selectRows(page);
            rows.results().forEachRemaining(row -> {
                Node name = row.get("g").asNode();
                if (!name.equals(Iris.SUMMARY_GRAPH)) {
                    names.add(name);
                }
            });
            int received = rows.results().size();
            listed += received;
            if (received == 0 || received < (rows.cap() > 0 ? Math.min(PAGE, rows.cap()) : PAGE)) {
                return names;
            }
        }
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
    public Rows selectRows(Query query) {
        return queries.select(query);
    }

    @Override
    public Graph construct(Query query) {
        return queries.construct(query);
    }

    @Override
    public boolean ask(Query query) {
        return queries.ask(query);
    }

    /**
     * Reads every article graph (the listing paged, each graph by a CONSTRUCT) and writes them; fails when fewer or
     * more quads were read than the endpoint counts, before anything is written.
     */
    @Override
    public void export(Lang lang, OutputStream out) {
        long counted = size();
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        for (Node name : articleGraphs()) {
            graph(name).find().forEachRemaining(t -> dataset.add(name, t.getSubject(), t.getPredicate(),
                    t.getObject()));
        }
        long read = Iter.count(dataset.find());
        if (read != counted) {
            throw new GeoKgException("SPARQL endpoint " + url + ": the export read " + read + " quads but the "
                    + "endpoint counts " + counted + " (its answers were cut, or the store changed meanwhile); "
                    + "nothing was written");
        }
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
            throw EndpointErrors.of(url, e);
        }
    }
}
