package org.geokg.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.geokg.rdf.vocab.GKG;
import org.geokg.rdf.vocab.ITSRDF;
import org.geokg.rdf.vocab.NIF;

/**
 * The rows of the mention, entity and meeting tables of one article, read from the article's graph, so that the
 * tables say exactly what the N-Quads say, with the same IRIs. A value the graph holds more than once where the table
 * has one column (two labels of one entity IRI) is the first in string order; the others go to the list columns
 * where there is one ({@code alt_labels}). Classes and statuses are given by their local names ({@code Person},
 * {@code occurred}). List columns are Java arrays, which Spark's row encoder takes as it takes Scala sequences.
 *
 * <p>Stateless.
 */
final class ArticleRows {
    private ArticleRows() {
    }

    /** The mentions, in text order; see {@link TableSchemas#MENTIONS}. */
    static List<Row> mentions(Graph g, Node article) {
        List<Row> rows = new ArrayList<>();
        for (Node m : subjects(g, RDF.type.asNode(), NIF.Phrase.asNode())) {
            rows.add(RowFactory.create(article.getURI(), m.getURI(), lexical(one(g, m, NIF.anchorOf.asNode())),
                    integer(one(g, m, NIF.beginIndex.asNode())), integer(one(g, m, NIF.endIndex.asNode())),
                    iri(one(g, m, NIF.sentence.asNode())), iri(one(g, m, ITSRDF.taIdentRef.asNode())),
                    local(one(g, m, ITSRDF.taClassRef.asNode())), lexical(one(g, m, GKG.extractedBy.asNode())),
                    iri(one(g, m, GKG.actingAgent.asNode()))));
        }
        rows.sort(Comparator.comparing((Row r) -> r.getInt(3)).thenComparing(r -> r.getInt(4)));
        return rows;
    }

    /** The entities, by IRI; see {@link TableSchemas#ENTITIES}. */
    static List<Row> entities(Graph g, Node article) {
        List<Row> rows = new ArrayList<>();
        for (Node e : subjects(g, GKG.reportedIn.asNode(), article)) {
            List<String> labels = lexicals(all(g, e, RDFS.label.asNode()));
            String label = labels.isEmpty() ? e.getURI() : labels.get(0);
            TreeSet<String> alternatives = new TreeSet<>(labels);
            alternatives.addAll(lexicals(all(g, e, SKOS.altLabel.asNode())));
            alternatives.remove(label);
            rows.add(RowFactory.create(article.getURI(), e.getURI(), local(one(g, e, RDF.type.asNode())), label,
                    alternatives.toArray(String[]::new), iris(all(g, e, OWL.sameAs.asNode())),
                    iri(one(g, e, GKG.locatedIn.asNode()))));
        }
        return rows;
    }

    /** The meetings, by IRI; see {@link TableSchemas#MEETINGS}. */
    static List<Row> meetings(Graph g, Node article) {
        List<Row> rows = new ArrayList<>();
        for (Node m : subjects(g, GKG.participant.asNode(), Node.ANY)) {
            List<Node> evidence = new ArrayList<>(all(g, m, GKG.evidence.asNode()));
            evidence.sort(Comparator.comparing(s -> integer(one(g, s, NIF.beginIndex.asNode()))));
            Node confidence = one(g, m, GKG.confidence.asNode());
            rows.add(RowFactory.create(article.getURI(), m.getURI(), local(one(g, m, RDF.type.asNode())),
                    local(one(g, m, GKG.status.asNode())), lexical(one(g, m, GKG.date.asNode())),
                    iris(all(g, m, GKG.participant.asNode())), iri(one(g, m, GKG.host.asNode())),
                    iri(one(g, m, GKG.place.asNode())),
                    confidence == null ? null : Double.valueOf(confidence.getLiteralLexicalForm()),
                    lexical(one(g, m, GKG.cameoCode.asNode())), lexical(one(g, m, GKG.extractedBy.asNode())),
                    evidence.stream().map(s -> lexical(one(g, s, NIF.anchorOf.asNode()))).toArray(String[]::new)));
        }
        return rows;
    }

    /** The subjects of the triples with this predicate and object, in IRI order. */
    private static List<Node> subjects(Graph g, Node predicate, Node object) {
        TreeSet<String> iris = new TreeSet<>();
        g.find(Node.ANY, predicate, object).forEachRemaining(t -> iris.add(t.getSubject().getURI()));
        return iris.stream().map(NodeFactory::createURI).toList();
    }

    /** The objects of a subject and predicate, in string order. */
    private static List<Node> all(Graph g, Node subject, Node predicate) {
        List<Node> objects = new ArrayList<>();
        g.find(subject, predicate, Node.ANY).forEachRemaining(t -> objects.add(t.getObject()));
        objects.sort(Comparator.comparing(ArticleRows::string));
        return objects;
    }

    private static Node one(Graph g, Node subject, Node predicate) {
        List<Node> objects = all(g, subject, predicate);
        return objects.isEmpty() ? null : objects.get(0);
    }

    private static String string(Node node) {
        return node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
    }

    private static String lexical(Node node) {
        return node == null ? null : node.getLiteralLexicalForm();
    }

    private static List<String> lexicals(List<Node> nodes) {
        return nodes.stream().map(ArticleRows::lexical).toList();
    }

    private static Integer integer(Node node) {
        return node == null ? null : Integer.valueOf(node.getLiteralLexicalForm());
    }

    private static String iri(Node node) {
        return node == null ? null : node.getURI();
    }

    private static String[] iris(List<Node> nodes) {
        return nodes.stream().map(Node::getURI).toArray(String[]::new);
    }

    /** The local name of a GeoKG class or status ({@code Person}), any other IRI whole. */
    private static String local(Node node) {
        if (node == null) {
            return null;
        }
        String uri = node.getURI();
        return uri.startsWith(GKG.NS) ? uri.substring(GKG.NS.length()) : uri;
    }
}
