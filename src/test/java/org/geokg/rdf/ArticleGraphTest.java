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
import org.apache.jena.sparql.graph.GraphFactory;
import org.geokg.article.Article;
import org.geokg.article.ArticleReader;
import org.geokg.extract.Extractor;
import org.junit.jupiter.api.Test;

class ArticleGraphTest {

    @Test
    void everyPatternFindsWhatJenasGraphFinds() {
        List<Article> articles = new ArticleReader().readAll(
                List.of(Path.of("examples/voa-putin-xi-2023-03-21.json")), problem -> {
                    throw problem;
                });
        Graph mapped = new RdfMapper().map(new Extractor(org.geokg.extract.ShippedModels.get())
                .analyze(articles.get(0)));
        Graph jena = GraphFactory.createGraphMem();
        mapped.find().forEachRemaining(jena::add);
        assertEquals(jena.size(), mapped.size());
        Set<Triple> patterns = new HashSet<>();
        for (Triple t : mapped.find().toList()) {
            for (int mask = 0; mask < 8; mask++) {
                patterns.add(Triple.createMatch((mask & 1) == 0 ? null : t.getSubject(),
                        (mask & 2) == 0 ? null : t.getPredicate(), (mask & 4) == 0 ? null : t.getObject()));
            }
        }
        Node absent = NodeFactory.createURI("https://w3id.org/geokg/id/absent");
        patterns.add(Triple.createMatch(absent, null, null));
        patterns.add(Triple.createMatch(null, absent, null));
        for (Triple pattern : patterns) {
            Set<Triple> ours = new HashSet<>(mapped.find(pattern).toList());
            Set<Triple> theirs = new HashSet<>(jena.find(pattern).toList());
            assertEquals(theirs, ours, pattern.toString());
            assertEquals(!theirs.isEmpty(), mapped.contains(pattern), pattern.toString());
        }
    }

    @Test
    void keepsATripleOnceInTheOrderItWasMade() {
        Graph graph = new ArticleGraph();
        Node s = NodeFactory.createURI("http://example.org/s");
        Node p = NodeFactory.createURI("http://example.org/p");
        Triple second = Triple.create(s, p, NodeFactory.createLiteralString("b"));
        Triple first = Triple.create(s, p, NodeFactory.createLiteralString("a"));
        graph.add(second);
        graph.add(first);
        graph.add(second);
        assertEquals(List.of(second, first), graph.find().toList());
        graph.delete(second);
        assertEquals(List.of(first), graph.find().toList());
        assertTrue(graph.contains(first));
        assertFalse(graph.contains(second));
    }
}
