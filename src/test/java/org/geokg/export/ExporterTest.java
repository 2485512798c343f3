package org.geokg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.geokg.graph.MeetingFilter;
import org.geokg.query.QueryRunner;
import org.geokg.query.QueryText;
import org.geokg.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each selection in an RDF syntax and in a network format, on a small store of two article graphs. */
class ExporterTest {
    private static final String ARTICLE = """
            PREFIX gkg: <https://w3id.org/geokg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX id: <https://example.org/id/>
            id:ann a gkg:Person ; rdfs:label "Ann" ; owl:sameAs <http://www.wikidata.org/entity/Q1> .
            id:bolivia a gkg:State ; rdfs:label "Bolivia" .
            <https://example.org/article/%1$s#m1> a gkg:Talks ; gkg:status gkg:occurred ;
                gkg:participant id:ann, id:bolivia ; prov:wasDerivedFrom <https://example.org/article/%1$s> .
            """;

    @TempDir
    static Path dir;

    private static TdbStore store;

    @BeforeAll
    static void load() {
        store = TdbStore.inMemory();
        for (String article : new String[] {"1", "2"}) {
            store.replaceGraphs(Map.of(NodeFactory.createURI("https://example.org/article/" + article),
                    RDFParser.fromString(ARTICLE.formatted(article), Lang.TURTLE).toGraph()));
        }
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static String export(ExportFormat format, Selection selection) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Exporter(store).write(format, selection, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void quadFormatsKeepTheArticleGraphsAndTripleFormatsWriteTheirUnion() throws IOException {
        String quads = export(ExportFormat.NQ, new Selection.All());
        assertEquals(20, quads.lines().count(), quads);
        assertTrue(quads.contains("<https://example.org/article/2> ."), quads);
        assertEquals(15, export(ExportFormat.NT, new Selection.All()).lines().count(), "the union graph");
    }

    @Test
    void networkFormatsWriteTheMeetingNetworkOrTheFullGraph() throws IOException {
        String meetings = export(ExportFormat.D3, new Selection.Meetings(MeetingFilter.all()));
        assertTrue(meetings.contains("\"meetings\": 2"), meetings);
        assertTrue(meetings.contains("\"directed\": false"), meetings);
        String full = export(ExportFormat.GRAPHML, new Selection.All());
        assertTrue(full.contains("edgedefault=\"directed\""), full);
        assertTrue(full.contains(">Bolivia<"), full);
    }

    @Test
    void aConstructQueryIsWrittenWithItsPrefixesOrAsANetwork() throws IOException {
        Selection hosted = Selection.construct(new QueryText("PREFIX ex: <https://example.org/> "
                + "CONSTRUCT { ?a ex:metWith ?b } WHERE { ?m gkg:participant ?a, ?b FILTER(?a != ?b) }", "q.rq"));
        String turtle = export(ExportFormat.TTL, hosted);
        assertTrue(turtle.contains("ex:metWith"), turtle);
        assertTrue(export(ExportFormat.DOT, hosted).contains(" -> "), "a directed graph");
    }

    @Test
    void linksAreTheSameAsTriplesOnly() throws IOException {
        assertEquals("<https://example.org/id/ann> <http://www.w3.org/2002/07/owl#sameAs> "
                + "<http://www.wikidata.org/entity/Q1> .", export(ExportFormat.NT, Selection.links()).strip());
    }

    @Test
    void misuseFailsWithAMessageThatNamesTheProblem() {
        IllegalArgumentException rdf = assertThrows(IllegalArgumentException.class,
                () -> export(ExportFormat.TTL, new Selection.Meetings(MeetingFilter.all())));
        assertEquals("the meeting network is written in a network format, not ttl", rdf.getMessage());
        QueryRunner.BadQueryException select = assertThrows(QueryRunner.BadQueryException.class,
                () -> Selection.construct(new QueryText("SELECT * { ?s ?p ?o }", "select.rq")));
        assertEquals("select.rq: a CONSTRUCT or DESCRIBE query is needed to export a graph", select.getMessage());
        QueryRunner.BadQueryException missing = assertThrows(QueryRunner.BadQueryException.class,
                () -> Selection.construct(dir.resolve("missing.rq")));
        assertTrue(missing.getMessage().startsWith(dir.resolve("missing.rq") + ": cannot read the query"),
                missing.getMessage());
        assertFalse(ExportFormat.NQ.isNetwork());
        assertTrue(ExportFormat.CYTOSCAPE.isNetwork());
    }
}
