package org.geokg.summary;

import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.geokg.rdf.Iris;
import org.geokg.rdf.vocab.GKG;

/**
 * The entities and pairs whose summary a change of some graphs touches, and how to fetch their stored summary
 * triples: from a store that can find triples of the summary graph, or through one SPARQL query.
 */
public record SummaryKeys(Set<Node> entities, Set<Node> pairs) {
    public SummaryKeys {
        entities = Set.copyOf(entities);
        pairs = Set.copyOf(pairs);
    }

    /** Finds triples of the summary graph; {@link Node#ANY} matches any node. */
    @FunctionalInterface
    public interface TripleFinder {
        Iterator<Triple> find(Node subject, Node property, Node object);
    }

    /** The keys of the parts given: those removed and those added. */
    public static SummaryKeys of(Collection<GraphSummary> parts) {
        Set<Node> entities = new LinkedHashSet<>();
        Set<Node> pairs = new LinkedHashSet<>();
        for (GraphSummary part : parts) {
            entities.addAll(part.entities().keySet());
            part.reports().forEach(r -> pairs.add(r.pair().iri()));
        }
        return new SummaryKeys(entities, pairs);
    }

    /** Whether the change touches nothing. */
    public boolean isEmpty() {
        return entities.isEmpty() && pairs.isEmpty();
    }

    /** The stored summary triples of these keys: their own, their value counts' and their pair reports'. */
    public Graph fetch(TripleFinder finder) {
        Graph graph = GraphFactory.createDefaultGraph();
        for (Node entity : entities) {
            finder.find(entity, Node.ANY, Node.ANY).forEachRemaining(graph::add);
            copyNodesPointingAt(finder, GKG.countOf.asNode(), entity, graph);
        }
        for (Node pair : pairs) {
            finder.find(pair, Node.ANY, Node.ANY).forEachRemaining(graph::add);
            copyNodesPointingAt(finder, GKG.reportOf.asNode(), pair, graph);
        }
        return graph;
    }

    private static void copyNodesPointingAt(TripleFinder finder, Node property, Node target, Graph graph) {
        finder.find(Node.ANY, property, target).forEachRemaining(link ->
                finder.find(link.getSubject(), Node.ANY, Node.ANY).forEachRemaining(graph::add));
    }

    /** A SPARQL CONSTRUCT query that returns what {@link #fetch} does, for a remote store. */
    public String constructQuery() {
        StringBuilder values = new StringBuilder();
        entities.forEach(e -> values.append(' ').append(NodeFmtLib.strNT(e)));
        pairs.forEach(p -> values.append(' ').append(NodeFmtLib.strNT(p)));
        String graph = NodeFmtLib.strNT(Iris.SUMMARY_GRAPH);
        return "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH " + graph + " { VALUES ?key {" + values + " }\n"
                + "  { ?key ?p ?o BIND(?key AS ?s) } UNION { ?s <" + GKG.countOf.getURI() + ">|<"
                + GKG.reportOf.getURI() + "> ?key . ?s ?p ?o } } }";
    }
}
