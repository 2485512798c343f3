package org.geokg.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.geokg.rdf.vocab.GKG;
import org.geokg.rdf.vocab.ITSRDF;
import org.geokg.rdf.vocab.NIF;

/**
 * What one article graph adds to the summary: per entity it mentions, its part ({@link EntityPart}), and per pair
 * of agents that met according to it, its report ({@link PairReport}). Read from the graph's triples alone, so that
 * the part of a stored graph and of a new one are computed the same way.
 *
 * @param source the graph's name
 */
public record GraphSummary(Node source, Map<Node, EntityPart> entities, List<PairReport> reports) {
    public GraphSummary {
        entities = Map.copyOf(entities);
        reports = List.copyOf(reports);
    }

    /** Reads what a graph adds to the summary. */
    public static GraphSummary of(Node source, Graph graph) {
        return new GraphSummary(source, entities(graph), reports(source, graph));
    }

    /** The entities that the graph mentions, and those that take part in its meetings or host them. */
    private static Map<Node, EntityPart> entities(Graph graph) {
        Map<Node, Long> mentions = new HashMap<>();
        graph.find(Node.ANY, ITSRDF.taIdentRef.asNode(), Node.ANY)
                .forEachRemaining(t -> mentions.merge(t.getObject(), 1L, Long::sum));
        for (Node role : List.of(GKG.participant.asNode(), GKG.place.asNode())) {
            graph.find(Node.ANY, role, Node.ANY).forEachRemaining(t -> mentions.putIfAbsent(t.getObject(), 0L));
        }
        Map<Node, EntityPart> entities = new HashMap<>();
        mentions.forEach((entity, count) -> {
            Set<Node> labels = new HashSet<>();
            graph.find(entity, RDFS.label.asNode(), Node.ANY).forEachRemaining(t -> labels.add(t.getObject()));
            Set<Node> types = new HashSet<>();
            graph.find(entity, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
                if (isEntityType(t.getObject())) {
                    types.add(t.getObject());
                }
            });
            entities.put(entity, new EntityPart(count, labels, types));
        });
        return entities;
    }

    /** A GeoKG class that types entities: not an article, a position or a kind of meeting. */
    static boolean isEntityType(Node type) {
        if (!type.isURI() || !type.getURI().startsWith(GKG.NS)) {
            return false;
        }
        String local = type.getURI().substring(GKG.NS.length());
        return !local.equals("Article") && !local.equals("Position") && !local.contains("Meeting");
    }

    private static List<PairReport> reports(Node source, Graph graph) {
        Map<MeetingPair, ReportBuilder> builders = new HashMap<>();
        graph.find(Node.ANY, GKG.status.asNode(), GKG.occurred.asNode()).forEachRemaining(status -> {
            Node meeting = status.getSubject();
            List<Node> participants = G.listSP(graph, meeting, GKG.participant.asNode());
            for (int i = 0; i < participants.size(); i++) {
                for (int j = i + 1; j < participants.size(); j++) {
                    if (!participants.get(i).equals(participants.get(j))) {
                        builders.computeIfAbsent(new MeetingPair(participants.get(i), participants.get(j)),
                                pair -> new ReportBuilder()).add(graph, meeting);
                    }
                }
            }
        });
        List<PairReport> reports = new ArrayList<>();
        builders.forEach((pair, builder) -> reports.add(builder.build(pair, source)));
        return reports;
    }

    /** Collects one graph's report of one pair, meeting by meeting. */
    private static final class ReportBuilder {
        private final Set<String> meetings = new TreeSet<>();
        private final Set<String> kinds = new TreeSet<>();
        private final Set<Node> dates = new HashSet<>();
        private final Set<String> places = new TreeSet<>();
        private long evidenceBegin = Long.MAX_VALUE;
        private String evidence;

        void add(Graph graph, Node meeting) {
            meetings.add(meeting.getURI());
            for (Node type : G.listSP(graph, meeting, RDF.type.asNode())) {
                if (type.isURI() && type.getURI().startsWith(GKG.NS)) {
                    kinds.add(type.getURI().substring(GKG.NS.length()));
                }
            }
            dates.addAll(G.listSP(graph, meeting, GKG.date.asNode()));
            G.listSP(graph, meeting, GKG.place.asNode()).forEach(p -> places.add(p.getURI()));
            for (Node sentence : G.listSP(graph, meeting, GKG.evidence.asNode())) {
                List<Node> begins = G.listSP(graph, sentence, NIF.beginIndex.asNode());
                List<Node> texts = G.listSP(graph, sentence, NIF.anchorOf.asNode());
                long begin = begins.isEmpty() ? Long.MAX_VALUE - 1
                        : Long.parseLong(begins.get(0).getLiteralLexicalForm());
                if (!texts.isEmpty() && begin < evidenceBegin) {
                    evidenceBegin = begin;
                    evidence = texts.get(0).getLiteralLexicalForm();
                }
            }
        }

        PairReport build(MeetingPair pair, Node source) {
            return new PairReport(pair, source, meetings, kinds, dates, places, evidence);
        }
    }
}
