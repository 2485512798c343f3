package org.geokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.geokg.rdf.Iris;
import org.geokg.summary.GraphSummary;
import org.geokg.summary.Summary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summary graph stays what a summary built anew from the article graphs would be, through ingests, re-ingests
 * and removals, on the transactional store and the bulk load; and it answers as the article graphs do.
 */
class SummaryMaintenanceTest {
    private static final String PREFIXES = """
            PREFIX gkg: <https://w3id.org/geokg/ontology#>
            PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
            """;
    /** Pairs asked of the article graphs: what who-met-whom asked before the summary. */
    private static final String PAIRS_SCANNED = PREFIXES + """
            SELECT ?x ?y ?meetings ?articles ?first ?last ?kinds ?sources
            WHERE {
              {
                SELECT ?x ?y (COUNT(DISTINCT ?m) AS ?meetings) (COUNT(DISTINCT ?g) AS ?articles)
                       (GROUP_CONCAT(DISTINCT STRAFTER(STR(?kind), "#"); separator=", ") AS ?kinds)
                       (GROUP_CONCAT(DISTINCT STR(?g); separator=" ") AS ?sources)
                WHERE { GRAPH ?g { ?m gkg:status gkg:occurred ; gkg:participant ?x, ?y ; a ?kind } }
                GROUP BY ?x ?y
              }
              FILTER(STR(?x) < STR(?y))
              OPTIONAL {
                SELECT ?x ?y (MIN(STR(?date)) AS ?first) (MAX(STR(?date)) AS ?last)
                WHERE { ?m gkg:status gkg:occurred ; gkg:participant ?x, ?y ; gkg:date ?date }
                GROUP BY ?x ?y
              }
            }
            """;
    private static final String PAIRS_SUMMARIZED = PREFIXES + """
            SELECT ?x ?y ?meetings ?articles (STR(?firstDate) AS ?first) (STR(?lastDate) AS ?last) ?kinds ?sources
            WHERE {
              GRAPH <https://w3id.org/geokg/id/summary> {
                ?pair gkg:pairMember ?x, ?y ; gkg:meetingCount ?meetings ; gkg:articleCount ?articles ;
                      gkg:meetingKinds ?kinds ; gkg:sourceList ?sources .
                OPTIONAL { ?pair gkg:firstDate ?firstDate ; gkg:lastDate ?lastDate }
                FILTER(STR(?x) < STR(?y))
              }
            }
            """;
    private static final String ENTITIES_SCANNED = PREFIXES + """
            SELECT ?entity (COUNT(DISTINCT ?mention) AS ?mentions) (COUNT(DISTINCT ?g) AS ?articles)
            WHERE { GRAPH ?g { ?mention itsrdf:taIdentRef ?entity } }
            GROUP BY ?entity
            """;
    private static final String ENTITIES_SUMMARIZED = PREFIXES + """
            SELECT ?entity ?mentions ?articles
            WHERE { GRAPH <https://w3id.org/geokg/id/summary> { ?entity gkg:mentionCount ?mentions ;
                    gkg:articleCount ?articles } FILTER(?mentions > 0) }
            """;

    @Test
    void ingestReingestAndRemovalKeepTheSummaryExact() {
        RandomArticles random = new RandomArticles(15);
        try (TdbStore store = TdbStore.inMemory()) {
            for (int first = 0; first < 40; first += 5) {
                store.replaceGraphs(random.articles(first, 5));
                assertSummaryIsRebuilt(store);
            }
            store.replaceGraphs(random.articles(3, 10));
            assertSummaryIsRebuilt(store);
            for (int i = 20; i < 26; i++) {
                assertTrue(store.removeGraph(Iris.article("a" + i)));
            }
            assertFalse(store.removeGraph(Iris.article("a20")));
            assertSummaryIsRebuilt(store);
            assertAnswersAsTheArticleGraphs(store);
            for (int i = 0; i < 40; i++) {
                store.removeGraph(Iris.article("a" + i));
            }
            assertEquals(Set.of(), summaryOf(store), "nothing is left of a summary of nothing");
        }
    }

    @Test
    void aBulkLoadWritesTheSummaryThatIngestWrites(@TempDir Path dir) {
        Map<Node, Graph> articles = new RandomArticles(16).articles(0, 30);
        try (TdbBulkLoad load = TdbBulkLoad.start(dir.resolve("bulk"))) {
            load.replaceGraphs(articles);
            load.finish();
        }
        try (TdbStore bulk = TdbStore.open(dir.resolve("bulk")); TdbStore store = TdbStore.inMemory()) {
            store.replaceGraphs(articles);
            assertEquals(summaryOf(store), summaryOf(bulk));
            assertAnswersAsTheArticleGraphs(bulk);
        }
    }

    @Test
    void rebuildingMendsAStoreLoadedWithoutItsSummary() {
        Map<Node, Graph> articles = new RandomArticles(17).articles(0, 20);
        try (TdbStore store = TdbStore.inMemory(); TdbStore loadedElsewhere = TdbStore.inMemory()) {
            store.replaceGraphs(articles);
            Txn.executeWrite(loadedElsewhere.dataset(), () -> articles.forEach((name, graph) -> graph.find()
                    .forEachRemaining(t -> loadedElsewhere.dataset().add(name, t.getSubject(), t.getPredicate(),
                            t.getObject()))));
            assertEquals(Set.of(), summaryOf(loadedElsewhere));
            assertTrue(loadedElsewhere.lacksSummary());
            assertFalse(store.lacksSummary());
            long written = loadedElsewhere.rebuildSummary();
            assertEquals(summaryOf(store), summaryOf(loadedElsewhere));
            assertEquals(summaryOf(store).size(), written);
            assertFalse(loadedElsewhere.lacksSummary());
        }
    }

    /** The store's summary graph equals the one built from all its article graphs at once. */
    static void assertSummaryIsRebuilt(TdbStore store) {
        Summary rebuilt = new Summary();
        Txn.executeRead(store.dataset(), () -> store.dataset().listGraphNodes().forEachRemaining(name -> {
            if (!name.equals(Iris.SUMMARY_GRAPH)) {
                rebuilt.add(GraphSummary.of(name, store.dataset().getGraph(name)));
            }
        }));
        assertEquals(rebuilt.toGraph().find().toSet(), summaryOf(store));
    }

    static Set<Triple> summaryOf(TdbStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            store.dataset().getGraph(Iris.SUMMARY_GRAPH).find().forEachRemaining(copy::add);
            return copy.find().toSet();
        });
    }

    /** The pairs and entities of the summary are those that queries over the article graphs find. */
    static void assertAnswersAsTheArticleGraphs(KgStore store) {
        assertEquals(rows(store, PAIRS_SCANNED), rows(store, PAIRS_SUMMARIZED));
        assertEquals(rows(store, ENTITIES_SCANNED), rows(store, ENTITIES_SUMMARIZED));
        assertFalse(rows(store, PAIRS_SUMMARIZED).isEmpty(), "the random articles report meetings");
    }

    /** A result as sorted lines, each value's space- or comma-separated parts sorted (GROUP_CONCAT has no order). */
    private static List<String> rows(KgStore store, String query) {
        ResultSet result = store.select(QueryFactory.create(query));
        List<String> lines = new ArrayList<>();
        result.forEachRemaining(row -> {
            Map<String, String> values = new HashMap<>();
            result.getResultVars().forEach(v -> values.put(v, row.contains(v) ? sortedParts(row.get(v)
                    .isLiteral() ? row.get(v).asLiteral().getLexicalForm() : row.get(v).toString()) : ""));
            lines.add(String.join("|", result.getResultVars().stream().map(values::get).toList()));
        });
        return new ArrayList<>(new TreeSet<>(lines));
    }

    private static String sortedParts(String value) {
        return String.join(" ", new TreeSet<>(Arrays.asList(value.split("[, ]+"))));
    }
}
