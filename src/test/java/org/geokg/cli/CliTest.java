package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.geokg.store.ExampleStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verbs that read a store (query, stats, remove, link --report), on the store of {@code examples/} made without
 * the models, and bad input: one line on stderr, exit code 1 for a failure, 2 for bad usage or bad SPARQL.
 */
class CliTest {
    @TempDir
    static Path shared;

    static Path store;

    @BeforeAll
    static void createTheExampleStore() {
        store = ExampleStore.create(shared.resolve("store"));
    }

    private static void usageError(Cli result, String message) {
        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains(message), result.err());
    }

    @Test
    void savedQueriesRunWithParameters() {
        Cli meetings = Cli.run("query", "meetings-of", "--param", "name=Xi", "--format", "csv",
                "--store", store.toString());
        assertEquals(0, meetings.exitCode(), meetings.err());
        assertTrue(meetings.out().contains("Mikhail Mishustin"), meetings.out());
        assertTrue(meetings.out().contains("Vladimir Putin"), meetings.out());
        Cli provenance = Cli.run("query", "queries/provenance.rq", "--param", "a=Vladimir Putin",
                "--param", "b=Xi Jinping", "--format", "tsv", "--store", store.toString());
        assertEquals(0, provenance.exitCode(), provenance.err());
        assertTrue(provenance.out().contains("hosts Chinese leader Xi Jinping for a second day of talks Tuesday"),
                provenance.out());
        Map<String, List<String>> parameters = Map.of("meetings-in", List.of("--param", "place=Moscow"),
                "meetings-timeline", List.of(), "entities", List.of(), "article-facts",
                List.of("--param", "article=https://w3id.org/geokg/article/voa-putin-xi-2023-03-21"));
        for (var saved : parameters.entrySet()) {
            List<String> args = new ArrayList<>(List.of("query", saved.getKey(), "--format", "csv"));
            args.addAll(saved.getValue());
            args.addAll(List.of("--store", store.toString()));
            Cli result = Cli.run(args.toArray(String[]::new));
            assertEquals(0, result.exitCode(), saved.getKey() + ": " + result.err());
            assertTrue(result.out().lines().count() > 1, saved.getKey() + " returned no rows");
        }
    }

    @Test
    void theTableFormatAndAskQueriesPrintThroughTheCommand() {
        Cli table = Cli.run("query", "who-met-whom", "--store", store.toString());
        assertEquals(0, table.exitCode(), table.err());
        assertTrue(table.out().lines().anyMatch(l -> l.startsWith("Vladimir Putin  ") && l.contains("Xi Jinping")),
                table.out());
        Cli ask = Cli.run("query", "ASK { ?m gkg:participant/rdfs:label \"Xi Jinping\" }", "--store", store.toString());
        assertEquals("yes", ask.out().strip(), ask.err());
    }

    @Test
    void parametersAreBoundAsTermsNotSplicedIntoTheQuery() {
        Cli result = Cli.run("query", "meetings-of", "--param", "name=Xi\" } ; DROP ALL ; #", "--format", "csv",
                "--store", store.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertEquals(1, result.out().lines().count(), "only the header: no agent has that name");
    }

    @Test
    void aQueryFileMayGiveItsParametersDefaultsThatParamOverrides() throws IOException {
        Path query = shared.resolve("positions-of.rq");
        Files.writeString(query, "# default: ?name = \"Xi Jinping\"\n"
                + "SELECT ?position WHERE { ?p rdfs:label ?name ; gkg:holdsPosition/rdfs:label ?position }\n");
        Cli byDefault = Cli.run("query", query.toString(), "--format", "csv", "--store", store.toString());
        assertEquals(List.of("position", "President of China"), byDefault.out().lines().toList(), byDefault.err());
        Cli overridden = Cli.run("query", query.toString(), "--format", "csv", "--param", "name=Mikhail Mishustin",
                "--store", store.toString());
        assertEquals(List.of("position", "Prime Minister of Russia"), overridden.out().lines().toList());
    }

    @Test
    void badSparqlExitsWithTwoAndSaysWhere() {
        Cli result = Cli.run("query", "SELECT ?x WHERE {\n  ?x ?y \n", "--store", store.toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.err().startsWith("geokg: query: bad SPARQL:"), result.err());
        assertTrue(result.err().contains("line 2, column 9"), result.err());
        assertEquals(1, result.err().lines().count(), "one line: " + result.err());
    }

    @Test
    void unknownOptionsAndMissingFilesAreUsageErrors() {
        assertEquals(2, Cli.run("ingest", "--no-such-option", "x").exitCode());
        assertEquals(2, Cli.run("query").exitCode());
        usageError(Cli.run("query", "who-met-whom", "--param", "name", "--store", store.toString()),
                "--param needs NAME=VALUE, not name");
        usageError(Cli.run("stats", "--store", store.toString(), "--endpoint", "http://localhost:1/ds"),
                "mutually exclusive");
        Cli missing = Cli.run("query", "no-such-file.rq", "--store", store.toString());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("no-such-file.rq: no such query file"), missing.err());
        assertEquals(1, missing.err().lines().count(), missing.err());
    }

    /** Issue 17: {@code --threads 0} was a failure (exit 1) from deep inside the ingest, after the models loaded. */
    @Test
    void noThreadsIsAUsageError() {
        usageError(Cli.run("ingest", "--threads", "0", "examples", "--store", shared.resolve("none").toString()),
                "--threads must be at least 1, not 0");
        assertEquals(1, Cli.run("ingest", "--threads", "-1", "examples", "--store", shared.resolve("none").toString())
                .err().lines().count());
    }

    @Test
    void removeDeletesOneArticle() {
        Path removable = ExampleStore.create(shared.resolve("removable"));
        Cli removed = Cli.run("remove", "voa-putin-xi-2023-03-21", "--store", removable.toString());
        assertEquals(0, removed.exitCode(), removed.err());
        assertTrue(Cli.run("stats", "--store", removable.toString()).out().contains("triples                0"));
        assertEquals(1, Cli.run("remove", "voa-putin-xi-2023-03-21", "--store", removable.toString()).exitCode());
    }

    @Test
    void linkReportsTheCoverageAndNamesItsEndpointsClearly() {
        Cli report = Cli.run("link", "--store", store.toString(), "--top", "2");
        assertEquals(0, report.exitCode(), report.err());
        List<String> lines = report.out().lines().toList();
        assertEquals("type           entities  linked  share  mentions  linked  share", lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.matches("all\\s+\\d+\\s+\\d+\\s+\\d+\\.\\d%.*")), report.out());
        assertEquals("most mentioned unlinked names:", lines.get(lines.size() - 3), report.out());
        usageError(Cli.run("link", "--online", "--store", store.toString()),
                "--online needs --wikidata URL (--endpoint names the store)");
        usageError(Cli.run("link", "--wikidata", "http://localhost:1/sparql", "--store", store.toString()),
                "--wikidata is only for --online");
    }
}
