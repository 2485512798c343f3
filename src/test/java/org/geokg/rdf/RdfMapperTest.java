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
import org.apache.jena.vocabulary.RDF;
import org.geokg.article.Article;
import org.geokg.article.ArticleReader;
import org.geokg.extract.ArticleAnalysis;
import org.geokg.extract.Extractor;
import org.geokg.rdf.vocab.GKG;
import org.geokg.rdf.vocab.NIF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
        analysis = new Extractor(org.geokg.extract.ExtractionModels.shipped()).analyze(articles.get(0));
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
