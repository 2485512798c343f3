package org.geokg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.geokg.article.Article;
import org.geokg.article.ArticleReader;
import org.geokg.extract.ArticleAnalysis;
import org.geokg.extract.Extractor;
import org.geokg.extract.ShippedModels;
import org.geokg.rdf.vocab.GEO;
import org.geokg.rdf.vocab.GKG;
import org.geokg.rdf.vocab.NIF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RdfMapperTest {
    private static final Node PROV_DERIVED = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");
    private static ArticleAnalysis analysis;
    private static Graph graph;

    @BeforeAll
    static void map() {
        List<Article> articles = new ArticleReader().readAll(
                List.of(Path.of("examples/voa-putin-xi-2023-03-21.json")), problem -> {
                    throw problem;
                });
        analysis = new Extractor(org.geokg.extract.ShippedModels.get()).analyze(articles.get(0));
        graph = new RdfMapper().map(analysis);
    }

    private static String literal(Node subject, Node property) {
        return graph.find(subject, property, Node.ANY).next().getObject().getLiteralLexicalForm();
    }

    @Test
    void everySpanIsTheTextAtItsOffsets() {
        String text = analysis.article().text();
        Node article = Iris.article(analysis.article().id());
        assertEquals(text, literal(article, NIF.isString.asNode()));
        List<Triple> anchors = graph.find(Node.ANY, NIF.anchorOf.asNode(), Node.ANY).toList();
        assertFalse(anchors.isEmpty());
        for (Triple anchor : anchors) {
            int begin = Integer.parseInt(literal(anchor.getSubject(), NIF.beginIndex.asNode()));
            int end = Integer.parseInt(literal(anchor.getSubject(), NIF.endIndex.asNode()));
            assertEquals(text.substring(begin, end), anchor.getObject().getLiteralLexicalForm());
            assertEquals(article.getURI() + "#char=" + begin + "," + end, anchor.getSubject().getURI());
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Q159              | POINT(37.61781 55.75204)  | 524901  | cities.tsv: the capital, Moscow
            Q148              | POINT(116.39723 39.9075)  | 1816670 | cities.tsv: the capital, Beijing
            Q212              | POINT(30.5238 50.45466)   | 703448  | cities.tsv: the capital, Kyiv
            Q30               | POINT(-77.03637 38.89511) | 4140963 | cities.tsv: the capital, Washington
            geonames/524901   | POINT(37.61781 55.75204)  | 524901  | cities.tsv: the city's coordinates
            geonames/1816670  | POINT(116.39723 39.9075)  | 1816670 | cities.tsv: the city's coordinates
            """)
    void linkedPlacesCarryTheirPointAndWhereItComesFrom(String entity, String wkt, String geonames, String method) {
        Node e = NodeFactory.createURI(Iris.ID_NS + entity);
        Node geometry = NodeFactory.createURI(Iris.ID_NS + "geometry/" + entity);
        assertTrue(graph.contains(e, GEO.hasGeometry.asNode(), geometry), entity);
        assertTrue(graph.contains(geometry, RDF.type.asNode(), GEO.Geometry.asNode()), entity);
        assertEquals(wkt, literal(geometry, GEO.asWKT.asNode()));
        assertEquals(GEO.wktLiteral.getURI(), graph.find(geometry, GEO.asWKT.asNode(), Node.ANY).next().getObject()
                .getLiteralDatatypeURI());
        assertTrue(graph.contains(geometry, PROV_DERIVED, NodeFactory.createURI("https://sws.geonames.org/"
                + geonames + "/")), entity);
        assertEquals(method, literal(geometry, GKG.pointMethod.asNode()));
    }

    @Test
    void onlyLinkedPlacesHavePointsAndNoNodeIsBlank() {
        for (Triple t : graph.find(Node.ANY, GEO.hasGeometry.asNode(), Node.ANY).toList()) {
            assertTrue(graph.contains(t.getSubject(), OWL.sameAs.asNode(), Node.ANY), t.toString());
            assertFalse(graph.contains(t.getSubject(), RDF.type.asNode(), GKG.Person.asNode()), t.toString());
        }
        assertEquals(7, graph.find(Node.ANY, GEO.hasGeometry.asNode(), Node.ANY).toList().size());
        assertTrue(graph.find().toList().stream().noneMatch(t -> t.getSubject().isBlank() || t.getObject().isBlank()));
    }

    @Test
    void metIsWrittenBothWaysForMeetingsThatTookPlace() {
        Node putin = NodeFactory.createURI(Iris.ID_NS + "Q7747");
        Node xi = NodeFactory.createURI(Iris.ID_NS + "Q15031");
        assertTrue(graph.contains(putin, GKG.met.asNode(), xi));
        assertTrue(graph.contains(xi, GKG.met.asNode(), putin));
        assertFalse(graph.contains(putin, GKG.met.asNode(), NodeFactory.createURI(Iris.ID_NS + "Q4298520")));
        long meetings = graph.find(Node.ANY, GKG.status.asNode(), GKG.occurred.asNode()).toList().size();
        assertEquals(4, meetings);
        Node first = Iris.meeting(RdfMapper.meetingKey(analysis.meetings().get(0), analysis));
        assertTrue(graph.contains(first, RDF.type.asNode(), GKG.Talks.asNode()));
    }

    @Test
    void removingOneOfTwoReportsKeepsTheMeeting(@org.junit.jupiter.api.io.TempDir Path dir) {
        Article copy = new Article("another-report", analysis.article().source(), null, "Another report",
                analysis.article().published(), analysis.article().text(), java.util.Map.of());
        ArticleAnalysis other = new ArticleAnalysis(copy, analysis.text(), analysis.mentions(), analysis.entities(),
                analysis.positions(), analysis.meetings(), analysis.links(), analysis.actingAgents());
        String count = "SELECT (COUNT(DISTINCT ?m) AS ?n) (COUNT(DISTINCT ?a) AS ?articles) "
                + "{ ?m <" + GKG.status.getURI() + "> ?s ; <" + GKG.date.getURI() + "> ?d ; <"
                + PROV_DERIVED.getURI() + "> ?a }";
        try (org.geokg.store.TdbStore store = org.geokg.store.TdbStore.open(dir)) {
            store.replaceGraphs(java.util.Map.of(Iris.article(analysis.article().id()), graph,
                    Iris.article("another-report"), new RdfMapper().map(other)));
            var both = store.select(org.apache.jena.query.QueryFactory.create(count)).next();
            assertEquals(4, both.getLiteral("n").getInt(), "each dated meeting once in the union");
            assertEquals(2, both.getLiteral("articles").getInt());
            store.removeGraph(Iris.article("another-report"));
            var one = store.select(org.apache.jena.query.QueryFactory.create(count)).next();
            assertEquals(4, one.getLiteral("n").getInt(), "the other report keeps the meetings");
            assertEquals(1, one.getLiteral("articles").getInt());
        }
    }

    @Test
    void everyMeetingHasItsCameoAndPloverCodes() {
        for (Triple t : graph.find(Node.ANY, GKG.status.asNode(), Node.ANY).toList()) {
            assertTrue(graph.contains(t.getSubject(), GKG.cameoCode.asNode(), Node.ANY), t.toString());
            assertTrue(graph.contains(t.getSubject(), GKG.ploverType.asNode(), Node.ANY), t.toString());
        }
        assertTrue(graph.contains(Node.ANY, GKG.ploverType.asNode(), NodeFactory.createLiteralString("CONSULT")));
    }

    @Test
    void theSameMeetingReportedByTwoArticlesIsOneResource() {
        Article copy = new Article("another-report", analysis.article().source(), null, "Another report",
                analysis.article().published(), analysis.article().text(), java.util.Map.of());
        ArticleAnalysis other = new ArticleAnalysis(copy, analysis.text(), analysis.mentions(), analysis.entities(),
                analysis.positions(), analysis.meetings(), analysis.links(), analysis.actingAgents());
        Graph otherGraph = new RdfMapper().map(other);
        Set<Node> dated = new HashSet<>();
        graph.find(Node.ANY, GKG.date.asNode(), Node.ANY).forEach(t -> dated.add(t.getSubject()));
        assertFalse(dated.isEmpty());
        for (Node meeting : dated) {
            assertTrue(otherGraph.contains(meeting, GKG.date.asNode(), Node.ANY), meeting.toString());
            assertTrue(otherGraph.contains(meeting, PROV_DERIVED, Iris.article("another-report")));
        }
        graph.find(Node.ANY, GKG.status.asNode(), Node.ANY).forEach(t -> {
            if (!dated.contains(t.getSubject())) {
                assertFalse(otherGraph.contains(t.getSubject(), Node.ANY, Node.ANY), "an undated meeting stays "
                        + "in its article: " + t.getSubject());
            }
        });
    }

    @Test
    void everyMentionNamesTheRuleThatFoundIt() {
        Node article = Iris.article(analysis.article().id());
        assertFalse(analysis.mentions().isEmpty());
        for (var resolved : analysis.mentions()) {
            Node phrase = Iris.span(article, resolved.mention().begin(), resolved.mention().end());
            assertEquals(resolved.mention().rule(), literal(phrase, GKG.extractedBy.asNode()), phrase.toString());
        }
    }

    @Test
    void mappingIsDeterministic() {
        assertTrue(graph.isIsomorphicWith(new RdfMapper().map(analysis)));
    }
}
