package org.geokg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.graph.GraphFactory;
import org.geokg.store.TdbStore;
import org.junit.jupiter.api.Test;

class QueryRunnerTest {
    @Test
    void valuesBecomeRdfTerms() {
        assertEquals(NodeFactory.createURI("https://example.org/x"), Terms.term("<https://example.org/x>"));
        assertEquals(NodeFactory.createURI("https://example.org/x"), Terms.term("https://example.org/x"));
        assertEquals(NodeFactory.createLiteralDT("42", XSDDatatype.XSDinteger), Terms.term("42"));
        assertEquals(NodeFactory.createLiteralDT("2023-03-21", XSDDatatype.XSDdate), Terms.term("2023-03-21"));
        assertEquals(NodeFactory.createLiteralLang("Moskva", "ru"), Terms.term("\"Moskva\"@ru"));
        assertEquals(NodeFactory.createLiteralString("Xi Jinping"), Terms.term("Xi Jinping"));
        assertEquals(NodeFactory.createLiteralDT("5", XSDDatatype.XSDint), Terms.term("\"5\"^^xsd:int"));
    }

    @Test
    void parametersAreSubstitutedInTheParsedQuery() {
        Query query = QueryRunner.parse("SELECT ?label WHERE { ?e rdfs:label ?label ; gkg:code ?code }", "test");
        Query bound = QueryRunner.bind(query, Map.of("code", Terms.term("\"} DROP ALL {\"")));
        assertTrue(bound.toString().contains("\"} DROP ALL {\""), bound.toString());
        assertTrue(bound.isSelectType());
    }

    @Test
    void badSparqlNamesTheSourceLineAndColumn() {
        QueryRunner.BadQueryException e = assertThrows(QueryRunner.BadQueryException.class,
                () -> QueryRunner.parse("SELECT * WHERE {\n ?s ?p ", "bad.rq"));
        assertTrue(e.getMessage().startsWith("bad.rq: bad SPARQL: "), e.getMessage());
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertTrue(assertThrows(QueryRunner.BadQueryException.class,
                () -> QueryRunner.parse("SELECT ?x WHERE { ?x undeclared:p ?y }", "q")).getMessage()
                .contains("undeclared"));
    }

    @Test
    void writesEveryFormat() {
        Graph graph = GraphFactory.createGraphMem();
        Node s = NodeFactory.createURI("https://example.org/s");
        graph.add(s, NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
                NodeFactory.createLiteralString("a, \"quoted\" label"));
        try (TdbStore store = TdbStore.inMemory()) {
            store.replaceGraphs(Map.of(NodeFactory.createURI("https://example.org/g"), graph));
            QueryRunner runner = new QueryRunner(store);
            Query select = QueryRunner.parse("SELECT ?l { ?s rdfs:label ?l }", "q");
            assertEquals("l\r\n\"a, \"\"quoted\"\" label\"\r\n", run(runner, select, QueryRunner.ResultFormat.CSV));
            assertTrue(run(runner, select, QueryRunner.ResultFormat.JSON).contains("\"bindings\""));
            assertTrue(run(runner, select, QueryRunner.ResultFormat.TSV).startsWith("?l\n"));
            assertEquals("l\n-----------------\na, \"quoted\" label\n", run(runner, select,
                    QueryRunner.ResultFormat.TABLE).replace("\r", ""), "plain cells, no quotes");
            assertEquals("yes\n", run(runner, QueryRunner.parse("ASK { ?s ?p ?o }", "q"),
                    QueryRunner.ResultFormat.TABLE));
            assertTrue(run(runner, QueryRunner.parse("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "q"),
                    QueryRunner.ResultFormat.TABLE).contains("https://example.org/s"));
        }
    }

    /** Two articles type "Western Sydney" differently; a third one agrees with the first. */
    @Test
    void typeConflictsListsANameTypedTwoWaysWithTheRulesBehindEach() throws Exception {
        String trig = """
                PREFIX gkg: <https://w3id.org/geokg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
                PREFIX a: <https://w3id.org/geokg/article/>
                PREFIX id: <https://w3id.org/geokg/id/>
                a:one { id:location\\/ws a gkg:Place ; rdfs:label "Western Sydney" .
                        <https://w3id.org/geokg/article/one#char=0,14> itsrdf:taIdentRef id:location\\/ws ;
                            nif:referenceContext a:one ; gkg:extractedBy "model" . }
                a:two { id:location\\/ws a gkg:Place ; rdfs:label "western Sydney" .
                        <https://w3id.org/geokg/article/two#char=5,19> itsrdf:taIdentRef id:location\\/ws ;
                            nif:referenceContext a:two ; gkg:extractedBy "gazetteer" . }
                a:three { id:org\\/ws a gkg:Organization ; rdfs:label "Western Sydney" .
                          <https://w3id.org/geokg/article/three#char=0,14> itsrdf:taIdentRef id:org\\/ws ;
                              nif:referenceContext a:three ; gkg:extractedBy "article-type" .
                          id:person\\/x a gkg:Person ; rdfs:label "Nobody Else" .
                          <https://w3id.org/geokg/article/three#char=20,31> itsrdf:taIdentRef id:person\\/x ;
                              nif:referenceContext a:three ; gkg:extractedBy "model" . }
                """;
        try (TdbStore store = storeOf(trig)) {
            String csv = runSaved(store, "type-conflicts");
            assertEquals("""
                    name,kind,articles,mentions,rules\r
                    western sydney,Place,2,2,"model, gazetteer"\r
                    western sydney,Organization,1,1,article-type\r
                    """, csv.replace("gazetteer, model", "model, gazetteer"));
        }
    }

    /**
     * An entity labelled two ways in two articles is one participant, never a pair with itself, and has one label:
     * the one most articles give it, ties broken in code point order.
     */
    @Test
    void whoMetWhomPairsTwoEntitiesNotTwoSpellingsOfOne() throws Exception {
        String trig = """
                PREFIX gkg: <https://w3id.org/geokg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX a: <https://w3id.org/geokg/article/>
                PREFIX id: <https://w3id.org/geokg/id/>
                PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
                a:one { id:Q1 rdfs:label "Xi Jinping" . id:Q2 rdfs:label "Vladimir Putin" .
                        id:m a gkg:Talks ; gkg:status gkg:occurred ; gkg:participant id:Q1, id:Q2 ;
                            gkg:evidence <https://w3id.org/geokg/article/one#char=0,9> ; prov:wasDerivedFrom a:one .
                        <https://w3id.org/geokg/article/one#char=0,9> nif:referenceContext a:one ;
                            nif:anchorOf "They met." . }
                a:two { id:Q1 rdfs:label "XI JINPING" .
                        <https://w3id.org/geokg/article/two#char=0,10> itsrdf:taIdentRef id:Q1 .
                }
                """;
        try (TdbStore store = storeOf(trig)) {
            String csv = runSaved(store, "who-met-whom");
            assertEquals(List.of("a,b", "Vladimir Putin,XI JINPING"),
                    csv.lines().map(line -> String.join(",", List.of(line.split(",")).subList(0, 2))).toList());
        }
    }

    /** Meetings dated to a day, a month and a year come in time order, a year before its months; undated last. */
    @Test
    void theTimelineIsChronologicalAcrossDatePrecisions() throws Exception {
        StringBuilder trig = new StringBuilder("""
                PREFIX gkg: <https://w3id.org/geokg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                PREFIX a: <https://w3id.org/geokg/article/>
                PREFIX id: <https://w3id.org/geokg/id/>
                a:one { id:Q1 rdfs:label "Xi Jinping" . id:Q2 rdfs:label "Vladimir Putin" .
                        <https://w3id.org/geokg/article/one#char=0,9> nif:referenceContext a:one ;
                            nif:anchorOf "They met." .
                """);
        String[] dates = {"\"2005-02-14\"^^xsd:date", "\"2005\"^^xsd:gYear", "\"2004-12\"^^xsd:gYearMonth",
            "\"2005-02\"^^xsd:gYearMonth", "\"1957\"^^xsd:gYear", ""};
        for (int i = 0; i < dates.length; i++) {
            trig.append("id:m").append(i).append(" a gkg:Talks ; gkg:status gkg:occurred ;")
                    .append(" gkg:participant id:Q1, id:Q2 ; prov:wasDerivedFrom a:one ;")
                    .append(" gkg:evidence <https://w3id.org/geokg/article/one#char=0,9>")
                    .append(dates[i].isEmpty() ? "" : " ; gkg:date " + dates[i]).append(" .\n");
        }
        trig.append("}\n");
        try (TdbStore store = storeOf(trig.toString())) {
            List<String> order = runSaved(store, "meetings-timeline").lines().skip(1)
                    .map(line -> line.substring(0, line.indexOf(','))).toList();
            assertEquals(List.of("1957", "2004-12", "2005", "2005-02", "2005-02-14", ""), order);
        }
    }

    /** A store in memory holding the graphs of a TriG text. */
    private static TdbStore storeOf(String trig) {
        DatasetGraph data = DatasetGraphFactory.createGeneral();
        RDFParser.fromString(trig, Lang.TRIG).parse(data);
        Map<Node, Graph> graphs = new HashMap<>();
        data.listGraphNodes().forEachRemaining(name -> graphs.put(name, data.getGraph(name)));
        TdbStore store = TdbStore.inMemory();
        store.replaceGraphs(graphs);
        return store;
    }

    /** A saved query's result in CSV. */
    private static String runSaved(TdbStore store, String name) throws IOException {
        Query query = QueryRunner.parse(Files.readString(Path.of("queries/" + name + ".rq")), name);
        return run(new QueryRunner(store), query, QueryRunner.ResultFormat.CSV);
    }

    private static String run(QueryRunner runner, Query query, QueryRunner.ResultFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runner.run(query, Map.of(), format, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
