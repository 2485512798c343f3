package org.geokg.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.geokg.query.Prefixes;

/**
 * Turns an RDF graph into a directed network: every resource that is a subject, or the object of a relation, is a
 * node; {@code rdf:type}, {@code rdfs:label} and {@code owl:sameAs} links to Wikidata become its attributes; every
 * other triple whose object is a resource is an edge named by its property. Other literal values are left out.
 */
final class RdfNetwork {
    private static final Pattern WIKIDATA = Pattern.compile("https?://www\\.wikidata\\.org/entity/(Q\\d+)");
    private static final String GKG = "https://w3id.org/geokg/ontology#";
    private static final Node PARTICIPANT = org.apache.jena.graph.NodeFactory.createURI(GKG + "participant");

    private RdfNetwork() {
    }

    static Network of(String name, Graph graph) {
        Map<Node, String> labels = new HashMap<>();
        Map<Node, String> types = new HashMap<>();
        Map<Node, String> wikidata = new HashMap<>();
        Map<Node, Set<Node>> meetings = new HashMap<>();
        Set<Node> resources = new HashSet<>();
        List<Triple> relations = new ArrayList<>();
        PrefixMapping prefixes = Prefixes.standard();
        for (Triple t : graph.find().toList()) {
            Node s = t.getSubject();
            Node p = t.getPredicate();
            Node o = t.getObject();
            resources.add(s);
            if (p.equals(RDFS.label.asNode()) && o.isLiteral()) {
                labels.merge(s, o.getLiteralLexicalForm(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            } else if (p.equals(RDF.type.asNode()) && o.isURI()) {
                types.merge(s, o.getURI(), RdfNetwork::preferred);
            } else if (p.equals(OWL.sameAs.asNode()) && o.isURI()) {
                Matcher item = WIKIDATA.matcher(o.getURI());
                if (item.matches()) {
                    wikidata.put(s, item.group(1));
                }
            } else if (!o.isLiteral()) {
                resources.add(o);
                relations.add(t);
                if (p.equals(PARTICIPANT)) {
                    meetings.computeIfAbsent(o, k -> new HashSet<>()).add(s);
                }
            }
        }
        List<NetworkNode> nodes = new ArrayList<>();
        for (Node resource : resources) {
            String id = id(resource);
            nodes.add(new NetworkNode(id, labels.getOrDefault(resource, localName(id)),
                    localName(types.getOrDefault(resource, "")), wikidata.get(resource),
                    meetings.getOrDefault(resource, Set.of()).size()));
        }
        nodes.sort(Comparator.comparing(NetworkNode::label).thenComparing(NetworkNode::id));
        Map<String, NetworkEdge> edges = new TreeMap<>();
        for (Triple t : relations) {
            NetworkEdge edge = NetworkEdge.relation(id(t.getSubject()), id(t.getObject()),
                    prefixes.shortForm(t.getPredicate().getURI()));
            edges.put(edge.source() + " " + edge.relation() + " " + edge.target(), edge);
        }
        List<NetworkEdge> sorted = new ArrayList<>(edges.values());
        NetworkBuilder.sortEdges(sorted, nodes);
        return new Network(name, true, nodes, sorted);
    }

    /** The end of an IRI, after its last '#' or '/'. */
    static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }

    private static String id(Node node) {
        return node.isURI() ? node.getURI() : "_:" + node.getBlankNodeLabel();
    }

    /** Of two class IRIs, one in GeoKG's ontology rather than another vocabulary, else the first in order. */
    private static String preferred(String a, String b) {
        if (a.startsWith(GKG) != b.startsWith(GKG)) {
            return a.startsWith(GKG) ? a : b;
        }
        return a.compareTo(b) <= 0 ? a : b;
    }
}
