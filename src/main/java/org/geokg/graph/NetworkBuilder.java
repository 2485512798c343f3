package org.geokg.graph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.geokg.GeoKgException;
import org.geokg.query.QueryRunner;
import org.geokg.store.KgStore;

/**
 * Builds networks from a store, through SPARQL only, so that it works on a TDB2 directory and on a remote endpoint
 * alike: the meeting network with two SELECT queries (agents, pairs), the full graph with one CONSTRUCT query, or
 * the result of any CONSTRUCT query.
 *
 * <pre>
 * Network meetings = new NetworkBuilder(store).meetings(MeetingFilter.all());
 * </pre>
 *
 * <p>Thread-safe when the store is.
 */
public final class NetworkBuilder {
    private static final String RESOURCES = "org/geokg/graph/";

    private final KgStore store;

    public NetworkBuilder(KgStore store) {
        this.store = store;
    }

    /** The meeting network: agents that met (as nodes) and the pairs that met (as undirected edges). */
    public Network meetings(MeetingFilter filter) {
        Map<String, Node> parameters = parameters(filter);
        List<NetworkNode> nodes = new ArrayList<>();
        ResultSet agents = store.select(QueryRunner.bind(bundled("meeting-nodes.rq"), parameters));
        while (agents.hasNext()) {
            QuerySolution row = agents.next();
            String iri = row.getResource("agent").getURI();
            String label = text(row, "label");
            String wikidata = text(row, "wikidata");
            nodes.add(new NetworkNode(iri, label == null ? RdfNetwork.localName(iri) : label, text(row, "kind"),
                    wikidata == null || wikidata.isEmpty() ? null : wikidata, row.getLiteral("meetings").getInt()));
        }
        nodes.sort(Comparator.comparing(NetworkNode::label).thenComparing(NetworkNode::id));
        List<NetworkEdge> edges = new ArrayList<>();
        ResultSet pairs = store.select(QueryRunner.bind(bundled("meeting-edges.rq"), parameters));
        while (pairs.hasNext()) {
            QuerySolution row = pairs.next();
            edges.add(new NetworkEdge(row.getResource("a").getURI(), row.getResource("b").getURI(), "met",
                    row.getLiteral("meetings").getInt(), day(text(row, "first")), day(text(row, "last")),
                    lines(text(row, "places")), row.getLiteral("evidence").getInt(), lines(text(row, "articles"))));
        }
        sortEdges(edges, nodes);
        return new Network("meetings", false, nodes, edges);
    }

    /** Every entity, position and meeting, and every relation between them. */
    public Network full() {
        return RdfNetwork.of("geokg", store.construct(bundled("full-graph.rq")));
    }

    /** The result of a CONSTRUCT or DESCRIBE query as a directed network. */
    public Network construct(Query query) {
        if (!query.isConstructType() && !query.isDescribeType()) {
            throw new GeoKgException("the query must be a CONSTRUCT or DESCRIBE query to make a graph");
        }
        return RdfNetwork.of("query", store.construct(query));
    }

    /** Orders edges by the position of their ends in the node list, so that files follow the node order. */
    static void sortEdges(List<NetworkEdge> edges, List<NetworkNode> nodes) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            position.put(nodes.get(i).id(), i);
        }
        edges.sort(Comparator.<NetworkEdge>comparingInt(e -> position.getOrDefault(e.source(), -1))
                .thenComparingInt(e -> position.getOrDefault(e.target(), -1))
                .thenComparing(NetworkEdge::relation));
    }

    private static Map<String, Node> parameters(MeetingFilter filter) {
        Map<String, Node> parameters = new HashMap<>();
        List<AgentType> types = new ArrayList<>(filter.types());
        types.sort(Comparator.naturalOrder());
        for (int i = 1; i <= 3; i++) {
            parameters.put("t" + i, types.get(Math.min(i, types.size()) - 1).iri());
        }
        boolean allDates = filter.since() == null && filter.until() == null;
        parameters.put("allDates", NodeFactory.createLiteralDT(String.valueOf(allDates), XSDDatatype.XSDboolean));
        parameters.put("since", NodeFactory.createLiteralString(
                filter.since() == null ? "0000" : filter.since().toString()));
        parameters.put("until", NodeFactory.createLiteralString(
                filter.until() == null ? "9999" : filter.until().toString()));
        return parameters;
    }

    private static String text(QuerySolution row, String name) {
        return row.contains(name) ? row.getLiteral(name).getLexicalForm() : null;
    }

    /** A date from the edge query, where "~" and "" stand for none. */
    private static String day(String value) {
        return value == null || value.isEmpty() || value.equals("~") ? null : value;
    }

    private static List<String> lines(String joined) {
        if (joined == null) {
            return List.of();
        }
        return Arrays.stream(joined.split("\n")).filter(line -> !line.isEmpty()).sorted().toList();
    }

    private static Query bundled(String name) {
        try (InputStream in = NetworkBuilder.class.getClassLoader().getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new GeoKgException("Classpath must contain " + RESOURCES + name);
            }
            return QueryRunner.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new GeoKgException(RESOURCES + name + ": cannot read: " + e.getMessage(), e);
        }
    }
}
