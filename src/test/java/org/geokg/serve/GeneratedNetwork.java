package org.geokg.serve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.geokg.rdf.vocab.GKG;
import org.geokg.rdf.vocab.NIF;

/**
 * A large meeting network written directly as triples, in the shape extraction writes and the page reads: agents
 * with types and labels, meetings that occurred (kind, participants, date, confidence, place, evidence sentence,
 * source article), places with GeoSPARQL points, and articles whose text ({@code nif:isString}) holds the evidence
 * sentences at their offsets. The first agents are hubs; one pair of agents is joined through a spanning tree so
 * that every agent is in the network. Seeded: the same arguments give the same graph.
 */
final class GeneratedNetwork {
    static final String ID = "https://w3id.org/geokg/id/";
    /** The label of agent 7, a State: markup that the page must show as text. */
    static final String MARKUP_LABEL = "<img src=x onerror=\"window.injected=1\">Evil <b>State</b>";
    private static final String GEO = "http://www.opengis.net/ont/geosparql#";
    private static final Resource[] KINDS = {GKG.Talks, GKG.Summit, GKG.Visit, GKG.PhoneCall, GKG.Meeting};
    private static final Resource[] TYPES = {GKG.Person, GKG.State, GKG.Organization};
    private static final int PLACES = 60;
    private static final int MEETINGS_PER_ARTICLE = 100;

    private final Random random;
    private final int agents;
    private final Graph shared = GraphFactory.createGraphMem();

    private GeneratedNetwork(int agents, long seed) {
        this.agents = agents;
        this.random = new Random(seed);
    }

    /** The network as one graph, to serve as a dataset's default graph. */
    static Graph graph(int agents, int pairs, long seed) {
        return new GeneratedNetwork(agents, seed).build(pairs);
    }

    static String agent(int i) {
        return ID + "agent/a" + i;
    }

    static String label(int i) {
        return i == 7 ? MARKUP_LABEL : "Agent " + i;
    }

    static Resource type(int i) {
        return i == 7 ? GKG.State : TYPES[i % 10 < 6 ? 0 : i % 10 < 9 ? 1 : 2];
    }

    private Graph build(int pairCount) {
        for (int i = 0; i < agents; i++) {
            add(shared, uri(agent(i)), RDF.type.asNode(), type(i).asNode());
            add(shared, uri(agent(i)), RDFS.label.asNode(), NodeFactory.createLiteralString(label(i)));
        }
        for (int p = 0; p < PLACES; p++) {
            Node place = uri(ID + "city/place-" + p);
            Node geometry = uri(ID + "city/place-" + p + "/geometry");
            add(shared, place, RDF.type.asNode(), GKG.City.asNode());
            add(shared, place, RDFS.label.asNode(), NodeFactory.createLiteralString("Place " + p));
            add(shared, place, uri(GEO + "hasGeometry"), geometry);
            String wkt = String.format(Locale.ROOT, "POINT(%.4f %.4f)",
                    -150 + 300 * random.nextDouble(), -45 + 110 * random.nextDouble());
            add(shared, geometry, uri(GEO + "asWKT"), NodeFactory.createLiteralDT(wkt,
                    org.apache.jena.datatypes.TypeMapper.getInstance().getSafeTypeByName(GEO + "wktLiteral")));
        }
        List<int[]> meetings = new ArrayList<>();
        for (int[] pair : pairs(pairCount)) {
            int count = random.nextDouble() < 0.25 ? 2 + random.nextInt(3) : 1;
            for (int k = 0; k < count; k++) {
                meetings.add(pair);
            }
        }
        for (int start = 0; start < meetings.size(); start += MEETINGS_PER_ARTICLE) {
            article(start / MEETINGS_PER_ARTICLE, meetings.subList(start,
                    Math.min(meetings.size(), start + MEETINGS_PER_ARTICLE)), start);
        }
        return shared;
    }

    /** A spanning tree biased towards the first agents, then random pairs with a bias for the first agents. */
    private Set<List<Integer>> pairsOrdered(int count) {
        Set<List<Integer>> pairs = new LinkedHashSet<>();
        for (int i = 1; i < agents; i++) {
            double r = random.nextDouble();
            pairs.add(List.of((int) (i * r * r), i));
        }
        while (pairs.size() < count) {
            double r = random.nextDouble();
            int a = (int) (agents * r * r * r);
            int b = random.nextInt(agents);
            if (a != b) {
                pairs.add(List.of(Math.min(a, b), Math.max(a, b)));
            }
        }
        return pairs;
    }

    private List<int[]> pairs(int count) {
        return pairsOrdered(count).stream().map(p -> new int[] {p.get(0), p.get(1)}).toList();
    }

    private void article(int number, List<int[]> meetings, int firstMeeting) {
        Node article = uri(ID + "article/generated-" + number);
        Graph g = shared;
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < meetings.size(); k++) {
            int[] pair = meetings.get(k);
            Node m = uri(ID + "meeting/generated-" + (firstMeeting + k));
            LocalDate day = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(25 * 365));
            int place = random.nextInt(PLACES);
            String sentence = label(pair[0]) + " met " + label(pair[1]) + " in Place " + place + " on " + day + ".";
            int begin = text.length();
            text.append(sentence).append(k % 5 == 4 ? "\n\n" : " ");
            Node s = uri(article.getURI() + "#char=" + begin + "," + (begin + sentence.length()));
            add(g, s, RDF.type.asNode(), NIF.Sentence.asNode());
            add(g, s, NIF.anchorOf.asNode(), NodeFactory.createLiteralString(sentence));
            add(g, s, NIF.beginIndex.asNode(), integer(begin));
            add(g, s, NIF.endIndex.asNode(), integer(begin + sentence.length()));
            add(g, s, NIF.referenceContext.asNode(), article);
            add(g, m, RDF.type.asNode(), KINDS[random.nextInt(KINDS.length)].asNode());
            add(g, m, GKG.status, GKG.occurred.asNode());
            add(g, m, GKG.participant, uri(agent(pair[0])));
            add(g, m, GKG.participant, uri(agent(pair[1])));
            add(g, m, GKG.date, NodeFactory.createLiteralDT(day.toString(), XSDDatatype.XSDdate));
            add(g, m, GKG.confidence, NodeFactory.createLiteralDT(String.format(Locale.ROOT, "%.2f",
                    0.4 + random.nextInt(60) / 100.0), XSDDatatype.XSDdecimal));
            add(g, m, GKG.place, uri(ID + "city/place-" + place));
            add(g, m, GKG.evidence, s);
            add(g, m, uri("http://www.w3.org/ns/prov#wasDerivedFrom"), article);
        }
        add(g, article, RDF.type.asNode(), GKG.Article.asNode());
        add(g, article, RDF.type.asNode(), NIF.Context.asNode());
        add(g, article, NIF.isString.asNode(), NodeFactory.createLiteralString(text.toString()));
        add(g, article, DCTerms.title.asNode(), NodeFactory.createLiteralString("Generated article " + number));
    }

    private static Node integer(int value) {
        return NodeFactory.createLiteralDT(String.valueOf(value), XSDDatatype.XSDnonNegativeInteger);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static void add(Graph g, Node s, Property p, Node o) {
        g.add(s, p.asNode(), o);
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(s, p, o);
    }
}
