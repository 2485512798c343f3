package org.geokg.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.RDF;
import org.geokg.rdf.Iris;
import org.geokg.rdf.vocab.GKG;

/**
 * The summary of some entities and pairs: what the article graphs add up to. Built by adding the {@link GraphSummary}
 * of every graph, or read from the stored summary triples of the entities and pairs that a change touches and
 * updated by removing the parts of the graphs replaced and adding those of the new ones; {@link #toGraph()} writes
 * it back as triples. Counts add up exactly, so an update gives the same triples as a summary built anew.
 */
public final class Summary {
    private final Map<Node, EntityTally> entities = new HashMap<>();
    private final Map<MeetingPair, Map<Node, PairReport>> pairs = new HashMap<>();

    /** Adds what a graph says. */
    public void add(GraphSummary part) {
        part.entities().forEach((entity, it) -> entities.computeIfAbsent(entity, e -> new EntityTally()).add(it, 1));
        for (PairReport report : part.reports()) {
            pairs.computeIfAbsent(report.pair(), p -> new HashMap<>()).put(report.source(), report);
        }
    }

    /** Takes away what a graph said, when it is replaced or removed. */
    public void remove(GraphSummary part) {
        part.entities().forEach((entity, it) -> {
            EntityTally tally = entities.get(entity);
            if (tally != null) {
                tally.add(it, -1);
            }
        });
        for (PairReport report : part.reports()) {
            Map<Node, PairReport> reports = pairs.get(report.pair());
            if (reports != null) {
                reports.remove(report.source());
            }
        }
    }

    /** The summary's triples: for each entity and pair still reported by some graph. */
    public Graph toGraph() {
        Graph graph = GraphFactory.createDefaultGraph();
        entities.forEach((entity, tally) -> tally.write(graph, entity));
        pairs.forEach((pair, reports) -> writePair(graph, pair, reports.values()));
        return graph;
    }

    /** Reads the stored summary triples of some entities and pairs (as {@link SummaryKeys#fetch} gives them). */
    public static Summary read(Graph stored) {
        Summary summary = new Summary();
        stored.find(Node.ANY, GKG.mentionCount.asNode(), Node.ANY).forEachRemaining(t -> {
            EntityTally tally = summary.entities.computeIfAbsent(t.getSubject(), e -> new EntityTally());
            tally.mentions = number(t.getObject());
            tally.articles = number(G.getSP(stored, t.getSubject(), GKG.articleCount.asNode()));
        });
        stored.find(Node.ANY, GKG.countOf.asNode(), Node.ANY).forEachRemaining(t -> {
            EntityTally tally = summary.entities.computeIfAbsent(t.getObject(), e -> new EntityTally());
            Node type = G.getSP(stored, t.getSubject(), GKG.countedType.asNode());
            long count = number(G.getSP(stored, t.getSubject(), GKG.articleCount.asNode()));
            if (type != null) {
                tally.types.put(type, count);
            } else {
                tally.labels.put(G.getSP(stored, t.getSubject(), GKG.countedLabel.asNode()), count);
            }
        });
        Map<Node, MeetingPair> pairOfNode = new HashMap<>();
        stored.find(Node.ANY, RDF.type.asNode(), GKG.MeetingPair.asNode()).forEachRemaining(t -> {
            List<Node> members = G.listSP(stored, t.getSubject(), GKG.pairMember.asNode());
            pairOfNode.put(t.getSubject(), new MeetingPair(members.get(0), members.get(1)));
        });
        stored.find(Node.ANY, GKG.reportOf.asNode(), Node.ANY).forEachRemaining(t -> {
            MeetingPair pair = pairOfNode.get(t.getObject());
            if (pair != null) {
                PairReport report = readReport(stored, t.getSubject(), pair);
                summary.pairs.computeIfAbsent(pair, p -> new HashMap<>()).put(report.source(), report);
            }
        });
        return summary;
    }

    private static PairReport readReport(Graph stored, Node node, MeetingPair pair) {
        Node evidence = G.getSP(stored, node, GKG.evidenceText.asNode());
        return new PairReport(pair, G.getSP(stored, node, GKG.reportSource.asNode()),
                uris(G.listSP(stored, node, GKG.reportedMeeting.asNode())),
                lexicalForms(G.listSP(stored, node, GKG.reportedKind.asNode())),
                new HashSet<>(G.listSP(stored, node, GKG.reportedDate.asNode())),
                uris(G.listSP(stored, node, GKG.reportedPlace.asNode())),
                evidence == null ? null : evidence.getLiteralLexicalForm());
    }

    private static void writePair(Graph graph, MeetingPair pair, Iterable<PairReport> reportsOfPair) {
        Map<Node, PairReport> bySource = new TreeMap<>(Comparator.comparing(Node::getURI));
        reportsOfPair.forEach(r -> bySource.put(r.source(), r));
        if (bySource.isEmpty()) {
            return;
        }
        Node p = pair.iri();
        Set<String> meetings = new TreeSet<>();
        Set<String> kinds = new TreeSet<>();
        TreeSet<Node> dates = new TreeSet<>(PairReport::byLexicalForm);
        Set<String> places = new TreeSet<>();
        String evidence = null;
        for (PairReport report : bySource.values()) {
            meetings.addAll(report.meetings());
            kinds.addAll(report.kinds());
            dates.addAll(report.dates());
            places.addAll(report.places());
            evidence = evidence != null ? evidence : report.evidence();
            writeReport(graph, p, report);
        }
        graph.add(p, RDF.type.asNode(), GKG.MeetingPair.asNode());
        graph.add(p, GKG.pairMember.asNode(), pair.first());
        graph.add(p, GKG.pairMember.asNode(), pair.second());
        graph.add(p, GKG.meetingCount.asNode(), integer(meetings.size()));
        graph.add(p, GKG.articleCount.asNode(), integer(bySource.size()));
        if (!dates.isEmpty()) {
            graph.add(p, GKG.firstDate.asNode(), dates.first());
            graph.add(p, GKG.lastDate.asNode(), dates.last());
        }
        graph.add(p, GKG.meetingKinds.asNode(), NodeFactory.createLiteralString(String.join(", ", kinds)));
        places.forEach(place -> graph.add(p, GKG.meetingPlace.asNode(), NodeFactory.createURI(place)));
        if (evidence != null) {
            graph.add(p, GKG.evidenceText.asNode(), NodeFactory.createLiteralString(evidence));
        }
        List<String> sources = new ArrayList<>();
        bySource.keySet().forEach(s -> sources.add(s.getURI()));
        graph.add(p, GKG.sourceList.asNode(), NodeFactory.createLiteralString(String.join(" ", sources)));
    }

    private static void writeReport(Graph graph, Node pair, PairReport report) {
        Node r = report.iri();
        graph.add(r, RDF.type.asNode(), GKG.PairReport.asNode());
        graph.add(r, GKG.reportOf.asNode(), pair);
        graph.add(r, GKG.reportSource.asNode(), report.source());
        report.meetings().forEach(m -> graph.add(r, GKG.reportedMeeting.asNode(), NodeFactory.createURI(m)));
        report.kinds().forEach(k -> graph.add(r, GKG.reportedKind.asNode(), NodeFactory.createLiteralString(k)));
        report.dates().forEach(d -> graph.add(r, GKG.reportedDate.asNode(), d));
        report.places().forEach(p -> graph.add(r, GKG.reportedPlace.asNode(), NodeFactory.createURI(p)));
        if (report.evidence() != null) {
            graph.add(r, GKG.evidenceText.asNode(), NodeFactory.createLiteralString(report.evidence()));
        }
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static long number(Node literal) {
        return literal == null ? 0 : Long.parseLong(literal.getLiteralLexicalForm());
    }

    private static Set<String> uris(List<Node> nodes) {
        Set<String> uris = new HashSet<>();
        nodes.forEach(n -> uris.add(n.getURI()));
        return uris;
    }

    private static Set<String> lexicalForms(List<Node> nodes) {
        Set<String> forms = new HashSet<>();
        nodes.forEach(n -> forms.add(n.getLiteralLexicalForm()));
        return forms;
    }

    /** The running counts of one entity; {@code articles} counts the articles that mention it. */
    private static final class EntityTally {
        private long mentions;
        private long articles;
        private final Map<Node, Long> labels = new HashMap<>();
        private final Map<Node, Long> types = new HashMap<>();

        void add(EntityPart part, int sign) {
            mentions += sign * part.mentions();
            articles += part.mentions() > 0 ? sign : 0;
            part.labels().forEach(l -> count(labels, l, sign));
            part.types().forEach(t -> count(types, t, sign));
        }

        private static void count(Map<Node, Long> counts, Node value, int sign) {
            long n = counts.getOrDefault(value, 0L) + sign;
            if (n > 0) {
                counts.put(value, n);
            } else {
                counts.remove(value);
            }
        }

        void write(Graph graph, Node entity) {
            if (articles <= 0 && labels.isEmpty() && types.isEmpty()) {
                return;
            }
            graph.add(entity, GKG.mentionCount.asNode(), integer(mentions));
            graph.add(entity, GKG.articleCount.asNode(), integer(articles));
            writeCounts(graph, entity, GKG.countedLabel.asNode(), labels, GKG.preferredLabel.asNode());
            writeCounts(graph, entity, GKG.countedType.asNode(), types, GKG.preferredType.asNode());
        }

        private static void writeCounts(Graph graph, Node entity, Node property, Map<Node, Long> counts,
                                        Node preferredProperty) {
            Node preferred = null;
            for (Map.Entry<Node, Long> entry : counts.entrySet()) {
                Node value = entry.getKey();
                Node node = Iris.summaryNode("count", entity.getURI() + " " + property.getURI() + " " + value);
                graph.add(node, RDF.type.asNode(), GKG.ValueCount.asNode());
                graph.add(node, GKG.countOf.asNode(), entity);
                graph.add(node, property, value);
                graph.add(node, GKG.articleCount.asNode(), integer(entry.getValue()));
                if (preferred == null || isPreferred(value, entry.getValue(), preferred, counts.get(preferred))) {
                    preferred = value;
                }
            }
            if (preferred != null) {
                graph.add(entity, preferredProperty, preferred);
            }
        }

        /** More articles win; between as many, the first in code point order. */
        private static boolean isPreferred(Node value, long count, Node other, long otherCount) {
            return count > otherCount || count == otherCount && text(value).compareTo(text(other)) < 0;
        }

        private static String text(Node value) {
            return value.isLiteral() ? value.getLiteralLexicalForm() : value.toString();
        }
    }
}
