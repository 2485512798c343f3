package org.geokg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.geokg.article.Article;
import org.geokg.article.ArticleReader;
import org.geokg.mention.Gazetteer;
import org.geokg.nlp.NlpModels;
import org.geokg.pipeline.Extractor;
import org.geokg.rdf.vocab.GKG;
import org.geokg.rdf.vocab.NIF;
import org.geokg.resolve.ArticleAnalysis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RdfMapperTest {
    private static ArticleAnalysis analysis;
    private static Graph graph;

    @BeforeAll
    static void map() {
        List<Article> articles = new ArticleReader().readAll(
                List.of(Path.of("examples/voa-putin-xi-2023-03-21.json")), problem -> {
                    throw problem;
                });
        analysis = new Extractor(NlpModels.load(), Gazetteer.load(), org.geokg.mention.NameModel.shipped()).analyze(articles.get(0));
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
        assertEquals(3, meetings);
        assertTrue(graph.contains(Iris.meeting(Iris.article(analysis.article().id()), 1), RDF.type.asNode(),
                GKG.Talks.asNode()));
    }

    @Test
    void mappingIsDeterministic() {
        assertTrue(graph.isIsomorphicWith(new RdfMapper().map(analysis)));
    }
}
