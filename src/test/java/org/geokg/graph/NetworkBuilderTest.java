package org.geokg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.geokg.GeoKgException;
import org.geokg.query.QueryRunner;
import org.geokg.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The meeting network, the full graph and CONSTRUCT results, built through SPARQL on a small store. */
class NetworkBuilderTest {
    private static final String DATA = """
            PREFIX gkg: <https://w3id.org/geokg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX id: <https://example.org/id/>
            PREFIX a: <https://example.org/article/>
            PREFIX a1: <https://example.org/article/1#>
            PREFIX a2: <https://example.org/article/2#>
            PREFIX a3: <https://example.org/article/3#>
            id:ann a gkg:Person ; rdfs:label "Ann" ; owl:sameAs <http://www.wikidata.org/entity/Q1>,
                    <https://example.org/elsewhere/ann> .
            id:bolivia a gkg:State ; rdfs:label "Bolivia" .
            id:carl a gkg:Person ; rdfs:label "Carl" ; owl:sameAs <https://www.wikidata.org/entity/Q2> .
            id:un a gkg:Organization ; owl:sameAs <http://www.wikidata.org/entity/Q1065/extra> .
            id:un a gkg:Organization ; rdfs:label "UN" .
            id:lapaz a gkg:City ; rdfs:label "La Paz" .
            a1:m1 a gkg:Talks ; gkg:status gkg:occurred ; gkg:participant id:ann, id:bolivia ;
                gkg:place id:lapaz ; gkg:date "2020-01-05"^^xsd:date ; gkg:evidence a1:s1, a1:s2 ;
                prov:wasDerivedFrom a:1 .
            a2:m1 a gkg:Meeting ; gkg:status gkg:occurred ; gkg:participant id:ann, id:bolivia ;
                gkg:date "2021-06"^^xsd:gYearMonth ; gkg:evidence a2:s1 ; prov:wasDerivedFrom a:2 .
            a2:m2 a gkg:Visit ; gkg:status gkg:occurred ; gkg:participant id:ann, id:carl, id:un ;
                gkg:date "2022-02-02"^^xsd:date ; gkg:evidence a2:s2 ; prov:wasDerivedFrom a:2 .
            a2:m3 a gkg:Meeting ; gkg:status gkg:occurred ; gkg:participant id:carl, id:bolivia ;
                prov:wasDerivedFrom a:2 .
            a2:m4 a gkg:PhoneCall ; gkg:status gkg:occurred ; gkg:participant id:ann, id:un ;
                prov:wasDerivedFrom a:2 .
            a3:m1 a gkg:Summit ; gkg:status gkg:planned ; gkg:participant id:ann, id:carl ;
                gkg:date "2030-01-01"^^xsd:date ; prov:wasDerivedFrom a:3 .
            """;

    private static TdbStore store;

    @BeforeAll
    static void load() {
        store = TdbStore.inMemory();
        Graph graph = RDFParser.fromString(DATA, Lang.TURTLE).toGraph();
        store.replaceGraphs(Map.of(NodeFactory.createURI("https://example.org/graph"), graph));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Map<String, String> edges(Network network) {
        Map<String, String> labels = network.nodes().stream()
                .collect(Collectors.toMap(NetworkNode::id, NetworkNode::label));
        return network.edges().stream().collect(Collectors.toMap(
                e -> labels.get(e.source()) + " – " + labels.get(e.target()),
                e -> e.meetings() + " " + e.first() + ".." + e.last() + " " + e.places() + " " + e.evidence()
                        + " " + e.articles().size()));
    }

    @Test
    void meetingNetworkHasAgentsThatMetAndTheirPairs() {
        Network network = new NetworkBuilder(store).meetings(MeetingFilter.all());
        assertEquals(List.of("Ann", "Bolivia", "Carl", "UN"),
                network.nodes().stream().map(NetworkNode::label).toList());
        NetworkNode ann = network.nodes().get(0);
        assertEquals("Person", ann.type());
        assertEquals("Q1", ann.wikidata(), "the Wikidata id from owl:sameAs, other sameAs links ignored");
        assertEquals(4, ann.meetings(), "the planned summit does not count");
        assertNull(network.nodes().get(1).wikidata());
        assertEquals("Q2", network.nodes().get(2).wikidata(), "an https link to Wikidata too");
        assertNull(network.nodes().get(3).wikidata(), "not a Wikidata item IRI");
        assertEquals(Map.of(
                "Ann – Bolivia", "2 2020-01-05..2021-06 [La Paz] 3 2",
                "Ann – Carl", "1 2022-02-02..2022-02-02 [] 1 1",
                "Ann – UN", "2 2022-02-02..2022-02-02 [] 1 1",
                "Carl – UN", "1 2022-02-02..2022-02-02 [] 1 1",
                "Bolivia – Carl", "1 null..null [] 0 1"), edges(network));
        assertTrue(!network.directed());
    }

    @Test
    void datesAndTypesFilterTheMeetings() {
        NetworkBuilder builder = new NetworkBuilder(store);
        Network since2021 = builder.meetings(new MeetingFilter(LocalDate.of(2021, 1, 1), null,
                EnumSet.allOf(AgentType.class)));
        assertEquals(Map.of("Ann – Bolivia", "1 2021-06..2021-06 [] 1 1",
                "Ann – Carl", "1 2022-02-02..2022-02-02 [] 1 1",
                "Ann – UN", "1 2022-02-02..2022-02-02 [] 1 1", "Carl – UN", "1 2022-02-02..2022-02-02 [] 1 1"),
                edges(since2021), "undated meetings are left out once a date bound is given");
        Network until2020 = builder.meetings(new MeetingFilter(null, LocalDate.of(2020, 12, 31),
                EnumSet.allOf(AgentType.class)));
        assertEquals(Map.of("Ann – Bolivia", "1 2020-01-05..2020-01-05 [La Paz] 2 1"), edges(until2020));
        Network people = builder.meetings(new MeetingFilter(null, null, EnumSet.of(AgentType.PERSON)));
        assertEquals(Map.of("Ann – Carl", "1 2022-02-02..2022-02-02 [] 1 1"), edges(people));
        assertEquals(1, people.nodes().get(0).meetings(), "Ann met one person");
        Network statesAndOrganizations = builder.meetings(new MeetingFilter(null, null,
                EnumSet.of(AgentType.STATE, AgentType.ORGANIZATION)));
        assertEquals(Map.of(), edges(statesAndOrganizations));
        assertThrows(IllegalArgumentException.class, () -> new MeetingFilter(LocalDate.of(2022, 1, 1),
                LocalDate.of(2021, 1, 1), EnumSet.allOf(AgentType.class)));
    }

    @Test
    void fullGraphHasEveryEntityAndRelation() {
        Network full = new NetworkBuilder(store).full();
        assertTrue(full.directed());
        Map<String, NetworkNode> byLabel = full.nodes().stream()
                .collect(Collectors.toMap(NetworkNode::label, n -> n, (x, y) -> x));
        assertEquals("City", byLabel.get("La Paz").type(), "places are nodes too");
        assertEquals("Talks", byLabel.get("Talks 2020-01-05").type(), "meetings are labelled by kind and date");
        assertEquals("Q1", byLabel.get("Ann").wikidata());
        assertEquals("Q2", byLabel.get("Carl").wikidata());
        assertNull(byLabel.get("UN").wikidata());
        assertEquals(5, byLabel.get("Ann").meetings(), "participant links, the planned summit included");
        assertEquals(11, full.nodes().size(), "5 entities and 6 meetings, the planned one too: " + full.nodes());
    }

    @Test
    void constructQueriesBecomeNetworks() {
        Network network = new NetworkBuilder(store).construct(QueryRunner.parse(
                "CONSTRUCT { ?a gkg:met ?b } WHERE { ?m gkg:participant ?a, ?b FILTER(STR(?a) < STR(?b)) }", "q"));
        assertEquals(List.of("ann", "bolivia", "carl", "un"), network.nodes().stream().map(NetworkNode::label).toList(),
                "no labels in the result: the ends of the IRIs");
        assertEquals(5, network.edges().size());
        assertEquals("gkg:met", network.edges().get(0).relation());
        assertThrows(GeoKgException.class, () -> new NetworkBuilder(store).construct(
                QueryRunner.parse("SELECT * { ?s ?p ?o }", "q")));
    }
}
