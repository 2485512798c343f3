package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same articles ingested one by one in two different orders give isomorphic stores: the same named graphs with
 * isomorphic content, so entity IRIs, links and aliases do not depend on what was ingested before.
 */
class IngestOrderIT {
    private static final List<String> ARTICLES = List.of(
            "examples/voa-putin-xi-2023-03-21.json",
            "src/test/resources/dev/wn-2007-11-06-bush-erdogan-white-house.json",
            "src/test/resources/dev/wn-2008-01-09-bush-arrives-middle-east.json",
            "src/test/resources/dev/wn-2017-01-13-putin-us-troops-poland.json");

    @TempDir
    Path dir;

    private DatasetGraph ingestInOrder(List<String> articles, String name) {
        Path store = dir.resolve(name);
        for (String article : articles) {
            Cli result = Cli.run("ingest", article, "--store", store.toString());
            assertEquals(0, result.exitCode(), result.err());
        }
        Path dump = dir.resolve(name + ".nq");
        assertEquals(0, Cli.run("export", "--format", "nq", "--out", dump.toString(), "--store", store.toString())
                .exitCode());
        return RDFDataMgr.loadDatasetGraph(dump.toString());
    }

    @Test
    void twoOrdersGiveIsomorphicGraphs() {
        DatasetGraph forward = ingestInOrder(ARTICLES, "forward");
        List<String> reversed = new ArrayList<>(ARTICLES);
        Collections.reverse(reversed);
        DatasetGraph backward = ingestInOrder(reversed, "backward");
        List<Node> names = new ArrayList<>();
        forward.listGraphNodes().forEachRemaining(names::add);
        List<Node> otherNames = new ArrayList<>();
        backward.listGraphNodes().forEachRemaining(otherNames::add);
        assertEquals(ARTICLES.size(), names.size());
        assertEquals(new HashSet<>(names), new HashSet<>(otherNames));
        for (Node name : names) {
            Graph a = forward.getGraph(name);
            Graph b = backward.getGraph(name);
            assertTrue(a.isIsomorphicWith(b), "graph " + name + " differs with the order of ingestion");
        }
        Dataset union = DatasetFactory.wrap(forward);
        try (QueryExecution q = QueryExecution.dataset(union).query("""
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                SELECT (COUNT(DISTINCT ?g) AS ?articles) WHERE {
                  GRAPH ?g { <https://w3id.org/geokg/id/Q7747> owl:sameAs <http://www.wikidata.org/entity/Q7747> }
                }""").build()) {
            assertEquals(2, q.execSelect().next().getLiteral("articles").getInt(),
                    "Vladimir Putin is one node in both articles that name him");
        }
    }
}
