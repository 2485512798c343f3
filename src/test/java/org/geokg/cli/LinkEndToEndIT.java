package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Linking end to end on the example article: one node per entity linked to the Wikidata ids of its {@code .facts.md},
 * {@code link --report}, {@code export --links}, online reconciliation and the federated {@code wikidata-enrich.rq}
 * against a real Fuseki server on localhost holding a small Wikidata-shaped sample made here. The sample's ids for
 * people the bundled data does not know are made up (Q9900000x) and exist only in this test.
 */
class LinkEndToEndIT {
    private static final String WD = "http://www.wikidata.org/entity/";
    private static final String SAMPLE = """
            @prefix wd: <http://www.wikidata.org/entity/> .
            @prefix wdt: <http://www.wikidata.org/prop/direct/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            wd:Q5 rdfs:label "human"@en .
            wd:Q43229 rdfs:label "organization"@en .
            wd:Q99000001 rdfs:label "Dmitry Peskov"@en ; wdt:P31 wd:Q5 .
            wd:Q99000002 rdfs:label "John Kirby"@en ; wdt:P31 wd:Q5 .
            wd:Q99000003 rdfs:label "John Kirby"@en ; wdt:P31 wd:Q5 .
            wd:Q99000004 rdfs:label "Antony Blinken"@en ; wdt:P31 wd:Q99000005 .
            wd:Q99000005 rdfs:label "government agency"@en ; wdt:P279 wd:Q43229 .
            wd:Q99000006 rdfs:label "Reuters"@en ; wdt:P31 wd:Q99000005 .
            wd:Q7747 rdfs:label "Vladimir Putin"@en ; wdt:P31 wd:Q5 ; wdt:P39 wd:Q99000007 ; wdt:P27 wd:Q159 .
            wd:Q99000007 rdfs:label "President of Russia"@en .
            wd:Q159 rdfs:label "Russia"@en .
            wd:Q15031 rdfs:label "Xi Jinping"@en ; wdt:P31 wd:Q5 ; wdt:P27 wd:Q148 .
            wd:Q148 rdfs:label "People's Republic of China"@en .
            """;

    @TempDir
    static Path dir;
    static Path store;
    private static FusekiServer wikidata;
    private static String sparql;

    @BeforeAll
    static void ingestAndStartWikidata() {
        store = dir.resolve("store");
        Cli ingest = Cli.run("ingest", "examples", "--store", store.toString());
        assertEquals(0, ingest.exitCode(), ingest.err());
        Dataset sample = DatasetFactory.create(ModelFactory.createDefaultModel());
        RDFParser.fromString(SAMPLE, Lang.TURTLE).parse(sample.getDefaultModel());
        wikidata = FusekiServer.create().port(0).loopback(true).add("/wikidata", sample).build().start();
        sparql = "http://localhost:" + wikidata.getPort() + "/wikidata/sparql";
    }

    @AfterAll
    static void stopWikidata() {
        wikidata.stop();
    }

    private static JsonArray select(String query, String... params) {
        List<String> args = new ArrayList<>(List.of("query", query, "--format", "json", "--store", store.toString()));
        for (String param : params) {
            args.add("--param");
            args.add(param);
        }
        Cli result = Cli.run(args.toArray(String[]::new));
        assertEquals(0, result.exitCode(), result.err());
        return JsonParser.parseString(result.out()).getAsJsonObject().getAsJsonObject("results")
                .getAsJsonArray("bindings");
    }

    private static String value(JsonElement row, String name) {
        JsonObject binding = row.getAsJsonObject().getAsJsonObject(name);
        return binding == null ? null : binding.get("value").getAsString();
    }

    @Test
    void theMainEntitiesAreOneNodeEachLinkedToTheirWikidataIds() {
        String[][] expected = {
            {"Vladimir Putin", "Q7747"}, {"Xi Jinping", "Q15031"}, {"Mikhail Mishustin", "Q4298520"},
            {"Russia", "Q159"}, {"China", "Q148"}, {"Ukraine", "Q212"}, {"United States", "Q30"},
            {"NATO", "Q7184"}, {"United Nations", "Q1065"}, {"International Criminal Court", "Q47488"}};
        for (String[] entity : expected) {
            JsonArray nodes = select("SELECT DISTINCT ?e ?same WHERE { ?e rdfs:label|skos:altLabel ?name ; "
                    + "a ?type . FILTER(?type IN (gkg:Person, gkg:State, gkg:Organization)) "
                    + "OPTIONAL { ?e owl:sameAs ?same FILTER(STRSTARTS(STR(?same), STR(wd:))) } }",
                    "name=" + entity[0]);
            assertEquals(1, nodes.size(), entity[0] + ": " + nodes);
            assertEquals(WD + entity[1], value(nodes.get(0), "same"), entity[0]);
            assertEquals("https://w3id.org/geokg/id/" + entity[1], value(nodes.get(0), "e"), entity[0]);
        }
    }

    @Test
    void placesAreLinkedToGeoNames() {
        JsonArray moscow = select("SELECT ?same WHERE { ?e a gkg:City ; rdfs:label \"Moscow\" ; owl:sameAs ?same }");
        assertEquals(List.of("https://sws.geonames.org/524901/"), values(moscow, "same"));
        JsonArray washington = select("SELECT ?same WHERE { ?e rdfs:label \"Washington\" ; owl:sameAs ?same }");
        assertEquals(List.of("https://sws.geonames.org/4140963/"), values(washington, "same"));
        JsonArray russia = select("SELECT ?two ?three WHERE { ?e owl:sameAs wd:Q159 ; gkg:iso3166Alpha2 ?two ; "
                + "gkg:iso3166Alpha3 ?three }");
        assertEquals("RU", value(russia.get(0), "two"));
        assertEquals("RUS", value(russia.get(0), "three"));
    }

    @Test
    void everyLinkStatesItsMethodAndConfidence() {
        JsonArray links = select("SELECT DISTINCT ?entity ?target WHERE { ?l a gkg:EntityLink ; "
                + "gkg:linkedEntity ?entity ; gkg:linkTarget ?target ; gkg:linkMethod ?method ; "
                + "gkg:confidence ?confidence . ?entity owl:sameAs ?target }");
        JsonArray sameAs = select("SELECT ?e ?t WHERE { ?e owl:sameAs ?t }");
        assertEquals(sameAs.size(), links.size());
        JsonArray putin = select("SELECT ?method ?confidence WHERE { ?l gkg:linkTarget wd:Q7747 ; "
                + "gkg:linkMethod ?method ; gkg:confidence ?confidence }");
        assertEquals("people.tsv: full name, in office on the article's date", value(putin.get(0), "method"));
        assertTrue(Double.parseDouble(value(putin.get(0), "confidence")) >= 0.9);
    }

    @Test
    void positionsAreStatedWithTheirSentenceArticleAndDate() {
        JsonArray holdings = select("SELECT ?position ?sentence ?date ?article WHERE { ?h a gkg:PositionHolding ; "
                + "gkg:holder ?p ; gkg:position/rdfs:label ?position ; gkg:evidence/nif:anchorOf ?sentence ; "
                + "gkg:reportedOn ?date ; prov:wasDerivedFrom ?article . ?p rdfs:label ?name }", "name=Xi Jinping");
        assertEquals(1, holdings.size(), holdings.toString());
        assertEquals("President of China", value(holdings.get(0), "position"));
        assertTrue(value(holdings.get(0), "sentence").contains("Chinese President Xi Jinping"));
        assertEquals("2023-03-21", value(holdings.get(0), "date"));
        JsonArray mishustin = select("SELECT ?position WHERE { ?p rdfs:label ?name ; gkg:holdsPosition/rdfs:label "
                + "?position }", "name=Mikhail Mishustin");
        assertEquals(List.of("Prime Minister of Russia"), values(mishustin, "position"));
        JsonArray russia = select("SELECT ?state WHERE { ?pos rdfs:label \"President of Russia\" ; "
                + "gkg:ofState/rdfs:label ?state }");
        assertEquals(List.of("Russia"), values(russia, "state"));
    }

    @Test
    void capitalsStandingForTheirGovernmentAddTheStateAsActingAgent() {
        JsonArray agents = select("SELECT ?text ?place ?state WHERE { ?m gkg:actingAgent ?s ; nif:anchorOf ?text ; "
                + "itsrdf:taIdentRef/rdfs:label ?place . ?s rdfs:label ?state }");
        Set<String> pairs = new TreeSet<>();
        agents.forEach(row -> pairs.add(value(row, "text") + " → " + value(row, "state")));
        assertTrue(pairs.contains("Beijing → China"), pairs.toString());
        assertTrue(pairs.contains("Moscow → Russia"), pairs.toString());
        agents.forEach(row -> assertTrue(Set.of("Beijing", "Moscow").contains(value(row, "place"))));
    }

    @Test
    void reportPrintsCoverageByTypeAndTheUnlinkedNames() {
        Cli report = Cli.run("link", "--report", "--store", store.toString());
        assertEquals(0, report.exitCode(), report.err());
        String state = report.out().lines().filter(l -> l.startsWith("State ")).findFirst().orElseThrow();
        assertTrue(state.matches("State\\s+4\\s+4\\s+100\\.0%\\s+(\\d+)\\s+\\1\\s+100\\.0%"), state);
        String person = report.out().lines().filter(l -> l.startsWith("Person ")).findFirst().orElseThrow();
        String[] cells = person.trim().split("\\s+");
        assertEquals("11", cells[1], person);
        assertTrue(Integer.parseInt(cells[5]) > Integer.parseInt(cells[4]) / 2, "most person mentions are of "
                + "linked people: " + person);
        assertTrue(report.out().contains("most mentioned unlinked names:"), report.out());
        assertTrue(report.out().contains("Dmitry Peskov"), report.out());
    }

    @Test
    void exportLinksWritesTheSameAsLinksAsNTriples() throws IOException {
        Path links = dir.resolve("links.nt");
        Cli export = Cli.run("export", "--links", links.toString(), "--store", store.toString());
        assertEquals(0, export.exitCode(), export.err());
        Model model = RDFDataMgr.loadModel(links.toString(), Lang.NTRIPLES);
        assertTrue(model.contains(model.createResource("https://w3id.org/geokg/id/Q7747"),
                OWL.sameAs, model.createResource(WD + "Q7747")));
        assertTrue(model.listStatements().toList().stream()
                .allMatch(s -> s.getPredicate().equals(OWL.sameAs)));
        assertTrue(Files.readString(links, StandardCharsets.UTF_8).contains("<https://sws.geonames.org/524901/>"));
    }

    @Test
    void onlineReconciliationLinksOnlyUnambiguousLabelsOfTheRightTypeAndCaches() {
        Path copy = dir.resolve("online-store");
        assertEquals(0, Cli.run("ingest", "examples", "--store", copy.toString()).exitCode());
        Path cache = dir.resolve("cache.json");
        Cli first = Cli.run("link", "--online", "--wikidata", sparql, "--store", copy.toString(), "--cache",
                cache.toString(), "--rate", "50");
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("linked"), first.out());
        JsonArray linked = selectIn(copy, "SELECT ?name ?item WHERE { ?e rdfs:label ?name ; owl:sameAs ?item . "
                + "FILTER(STRSTARTS(STR(?item), STR(wd:Q990))) }");
        Set<String> names = new TreeSet<>();
        linked.forEach(row -> names.add(value(row, "name") + " " + value(row, "item").substring(WD.length())));
        assertTrue(names.contains("Dmitry Peskov Q99000001"), names.toString());
        assertTrue(names.contains("Reuters Q99000006"), "subclass of organization: " + names);
        assertFalse(names.stream().anyMatch(n -> n.startsWith("John Kirby")), "two items: ambiguous " + names);
        assertFalse(names.stream().anyMatch(n -> n.startsWith("Antony Blinken")), "wrong type " + names);
        Cli second = Cli.run("link", "--online", "--wikidata", sparql, "--store", copy.toString(), "--cache",
                cache.toString());
        assertTrue(second.out().contains(" 0 requests"), "answered from the cache: " + second.out());
        assertEquals(linked.size(), selectIn(copy, "SELECT ?name ?item WHERE { ?e rdfs:label ?name ; owl:sameAs ?item"
                + " . FILTER(STRSTARTS(STR(?item), STR(wd:Q990))) }").size());
    }

    @Test
    void linkWorksOnARemoteStoreNamedByEndpoint() throws IOException {
        Path quads = dir.resolve("store.nq");
        assertEquals(0, Cli.run("export", "--format", "nq", "--out", quads.toString(), "--store", store.toString())
                .exitCode());
        DatasetGraph remote = DatabaseMgr.createDatasetGraph();
        remote.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(remote, () -> RDFDataMgr.read(remote, quads.toString()));
        FusekiServer kg = FusekiServer.create().port(0).loopback(true).add("/kg", remote).build().start();
        try {
            String endpoint = "http://localhost:" + kg.getPort() + "/kg";
            Cli online = Cli.run("link", "--online", "--wikidata", sparql, "--endpoint", endpoint, "--cache",
                    dir.resolve("remote-cache.json").toString(), "--rate", "50");
            assertEquals(0, online.exitCode(), online.err());
            assertTrue(online.out().contains(" linked, "), online.out());
            Cli report = Cli.run("link", "--report", "--endpoint", endpoint);
            assertEquals(0, report.exitCode(), report.err());
            assertFalse(report.out().contains("Dmitry Peskov"), "linked online: " + report.out());
        } finally {
            kg.stop();
        }
    }

    @Test
    void federatedQueryPullsFactsAboutLinkedPeopleFromTheEndpoint() {
        JsonArray rows = select("queries/wikidata-enrich.rq", "endpoint=<" + sparql + ">");
        Set<String> facts = new TreeSet<>();
        rows.forEach(row -> facts.add(value(row, "name") + " | " + value(row, "office") + " | "
                + value(row, "citizenship")));
        assertTrue(facts.contains("Vladimir Putin | President of Russia | Russia"), facts.toString());
        assertTrue(facts.contains("Xi Jinping | null | People's Republic of China"), facts.toString());
    }

    private static JsonArray selectIn(Path other, String query) {
        Cli result = Cli.run("query", query, "--format", "json", "--store", other.toString());
        assertEquals(0, result.exitCode(), result.err());
        return JsonParser.parseString(result.out()).getAsJsonObject().getAsJsonObject("results")
                .getAsJsonArray("bindings");
    }

    private static List<String> values(JsonArray rows, String name) {
        List<String> values = new ArrayList<>();
        rows.forEach(row -> values.add(value(row, name)));
        return values;
    }
}
