package org.geokg.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.geokg.rdf.Iris;
import org.geokg.rdf.vocab.GKG;
import org.geokg.rdf.vocab.ITSRDF;
import org.geokg.rdf.vocab.NIF;

/**
 * Article graphs drawn at random from a few entities, labels, types, meetings, dates and places, shaped as the
 * mapper writes them (mentions, labels, types, meetings with participants, evidence sentences): many articles share
 * entities, meetings and pairs, which is what the summary must add up and take away exactly.
 */
final class RandomArticles {
    private static final List<String> PEOPLE = List.of("Q1", "Q2", "Q3", "Q4", "Q5", "Q6");
    private static final List<String> LABELS = List.of("Xi Jinping", "XI JINPING", "Putin", "Vladimir Putin");
    private static final List<Node> TYPES = List.of(GKG.Person.asNode(), GKG.State.asNode(),
            GKG.Organization.asNode());
    private static final List<Node> KINDS = List.of(GKG.Talks.asNode(), GKG.Visit.asNode(), GKG.Summit.asNode());
    private static final List<Node> STATUSES = List.of(GKG.occurred.asNode(), GKG.occurred.asNode(),
            GKG.planned.asNode());
    private static final List<Node> DATES = List.of(date("2023-03-20", XSDDatatype.XSDdate),
            date("2023-03", XSDDatatype.XSDgYearMonth), date("2022", XSDDatatype.XSDgYear),
            date("2023-03-21", XSDDatatype.XSDdate));
    private final Random random;

    RandomArticles(long seed) {
        random = new Random(seed);
    }

    private static Node date(String lexical, XSDDatatype type) {
        return NodeFactory.createLiteralDT(lexical, type);
    }

    /** Graphs for the articles numbered from {@code first}, by name. */
    Map<Node, Graph> articles(int first, int count) {
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        for (int i = first; i < first + count; i++) {
            Node name = Iris.article("a" + i);
            graphs.put(name, article(name));
        }
        return graphs;
    }

    /** One article's graph. */
    Graph article(Node a) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(a, RDF.type.asNode(), GKG.Article.asNode());
        List<Node> entities = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(4); i++) {
            Node e = Iris.entity(pick(PEOPLE));
            entities.add(e);
            g.add(e, RDFS.label.asNode(), NodeFactory.createLiteralString(pick(LABELS)));
            g.add(e, RDF.type.asNode(), pick(TYPES));
            for (int m = 0; m < random.nextInt(3); m++) {
                int begin = random.nextInt(1000);
                Node mention = Iris.span(a, begin, begin + 5);
                g.add(mention, ITSRDF.taIdentRef.asNode(), e);
                g.add(mention, NIF.referenceContext.asNode(), a);
            }
        }
        for (int k = 0; k < random.nextInt(3); k++) {
            meeting(g, a, entities);
        }
        return g;
    }

    private void meeting(Graph g, Node a, List<Node> entities) {
        Node p = entities.get(random.nextInt(entities.size()));
        Node q = Iris.entity(pick(PEOPLE));
        Node kind = pick(KINDS);
        Node status = pick(STATUSES);
        Node date = random.nextBoolean() ? pick(DATES) : null;
        Node m = Iris.meeting(p + " " + q + kind + status + date);
        g.add(m, RDF.type.asNode(), kind);
        g.add(m, GKG.status.asNode(), status);
        g.add(m, GKG.participant.asNode(), p);
        g.add(m, GKG.participant.asNode(), q);
        if (date != null) {
            g.add(m, GKG.date.asNode(), date);
        }
        if (random.nextBoolean()) {
            Node place = Iris.entity("geonames/" + random.nextInt(3));
            g.add(m, GKG.place.asNode(), place);
            g.add(place, RDFS.label.asNode(), NodeFactory.createLiteralString("Place " + random.nextInt(2)));
        }
        int begin = random.nextInt(1000);
        Node sentence = Iris.span(a, begin, begin + 40);
        g.add(m, GKG.evidence.asNode(), sentence);
        g.add(sentence, NIF.anchorOf.asNode(), NodeFactory.createLiteralString("Sentence " + begin));
        g.add(sentence, NIF.beginIndex.asNode(), NodeFactory.createLiteralDT(String.valueOf(begin),
                XSDDatatype.XSDnonNegativeInteger));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
