package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The geokg command line end to end: ingesting the example article and bad input into a TDB2 store with the shipped
 * models, then querying and exporting it (the verbs that only read a store are tested without the models in
 * {@link CliTest} and {@link ExportCommandTest}).
 */
class CliEndToEndIT {
    private static final Path EXAMPLES = Path.of("examples");

    @TempDir
    static Path shared;

    static Path store;

    @BeforeAll
    static void ingestExamples() {
        store = shared.resolve("store");
        Cli result = Cli.run("ingest", EXAMPLES.toString(), "--store", store.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().startsWith("ingested 1 articles:"), result.out());
    }

    /** Rows of the who-met-whom query as "a – b | first | last | places". */
    private static List<String> whoMetWhom(Path store) {
        Cli result = Cli.run("query", "queries/who-met-whom.rq", "--format", "json", "--store", store.toString());
        assertEquals(0, result.exitCode(), result.err());
        JsonObject json = JsonParser.parseString(result.out()).getAsJsonObject();
        JsonArray bindings = json.getAsJsonObject("results").getAsJsonArray("bindings");
        List<String> rows = new ArrayList<>();
        for (var binding : bindings) {
            JsonObject row = binding.getAsJsonObject();
            rows.add(value(row, "a") + " – " + value(row, "b") + " | " + value(row, "first") + " | "
                    + value(row, "last") + " | " + value(row, "places"));
        }
        return rows;
    }

    private static String value(JsonObject row, String name) {
        return row.has(name) ? row.getAsJsonObject(name).get("value").getAsString() : "";
    }

    @Test
    void whoMetWhomHasExactlyTheMeetingsOfTheExample() {
        assertEquals(List.of(
                "Vladimir Putin – Xi Jinping | 2023-03-20 | 2023-03-21 | Moscow",
                "Mikhail Mishustin – Xi Jinping | 2023-03-21 | 2023-03-21 | Moscow",
                "Russia – Xi Jinping | 2023-03-20 | 2023-03-20 | Moscow"), whoMetWhom(store));
    }

    @Test
    void ingestingTwiceGivesTheSameStore() {
        Path twice = shared.resolve("twice");
        Cli first = Cli.run("ingest", EXAMPLES.toString(), "--store", twice.toString());
        String statsOnce = Cli.run("stats", "--store", twice.toString()).out();
        Cli second = Cli.run("ingest", EXAMPLES.toString(), "--store", twice.toString());
        String statsTwice = Cli.run("stats", "--store", twice.toString()).out();
        assertEquals(0, first.exitCode() + second.exitCode());
        assertTrue(statsOnce.contains("articles"), statsOnce);
        assertEquals(statsOnce, statsTwice);
    }

    @Test
    void badInputIsReportedAndTheGoodArticlesAreIngested() throws IOException {
        Path folder = shared.resolve("mixed");
        Files.createDirectories(folder.resolve("sub"));
        Files.copy(EXAMPLES.resolve("voa-putin-xi-2023-03-21.json"), folder.resolve("sub/good.json"));
        Files.writeString(folder.resolve("good.txt"), "Leaders meet\n\nGerman Chancellor Olaf Scholz met French "
                + "President Emmanuel Macron in Berlin on Monday.\n", StandardCharsets.UTF_8);
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        Files.write(folder.resolve("binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2});
        Files.write(folder.resolve("latin1.txt"), "Caf\u00e9 in M\u00fcnchen".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(folder.resolve("broken.json"), "{\"id\": \"x\", \"text\": \"unterminated",
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("lines.jsonl"), "{\"id\":\"l1\",\"text\":\"Xi met Putin.\"}\n{oops\n",
                StandardCharsets.UTF_8);
        Path mixedStore = shared.resolve("mixed-store");
        Cli result = Cli.run("ingest", folder.toString(), "--store", mixedStore.toString());
        assertEquals(3, result.exitCode(), "skips give exit code 3");
        assertTrue(result.out().startsWith("ingested 3 articles"), result.out());
        Map<String, String> problems = new TreeMap<>();
        result.err().lines().filter(l -> l.startsWith("skipped ")).forEach(l -> problems.put(
                l.substring(8, l.indexOf(": ")), l.substring(l.indexOf(": ") + 2)));
        assertEquals(5, problems.size(), result.err());
        assertEquals("empty file", problems.get(folder.resolve("empty.txt").toString()));
        assertTrue(problems.get(folder.resolve("binary.txt").toString()).startsWith("binary content"));
        assertTrue(problems.get(folder.resolve("latin1.txt").toString()).startsWith("not valid UTF-8"));
        assertTrue(problems.get(folder.resolve("broken.json").toString()).startsWith("malformed JSON"));
        assertTrue(problems.get(folder.resolve("lines.jsonl") + ":2").startsWith("malformed JSON"));
        List<String> rows = whoMetWhom(mixedStore);
        assertTrue(rows.contains("Emmanuel Macron – Olaf Scholz | 2026-11-23 | 2026-11-23 | Berlin")
                || rows.stream().anyMatch(r -> r.startsWith("Emmanuel Macron – Olaf Scholz")), rows.toString());
    }

    /**
     * Issue 17: a UTF-16 file was "binary content"; the same article given twice was counted twice; a folder
     * without an article gave "ingested 0 articles" and exit 0.
     */
    @Test
    void aUtf16FileIsReadTheSameArticleTwiceIsStoredOnceAndAnEmptyFolderIsNamed() throws IOException {
        Path folder = Files.createDirectories(shared.resolve("utf16"));
        String json = Files.readString(EXAMPLES.resolve("voa-putin-xi-2023-03-21.json"), StandardCharsets.UTF_8);
        byte[] body = json.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        Path utf16 = Files.write(folder.resolve("article-utf16.json"), withBom);
        Path utf16Store = shared.resolve("utf16-store");
        Cli read = Cli.run("ingest", utf16.toString(), "--store", utf16Store.toString());
        assertEquals(0, read.exitCode(), read.err());
        assertEquals(whoMetWhom(store), whoMetWhom(utf16Store), "the UTF-16 file gives the store of the UTF-8 one");

        Path empty = Files.createDirectories(shared.resolve("no-articles"));
        Path twiceStore = shared.resolve("twice-in-one-batch");
        Cli twice = Cli.run("ingest", EXAMPLES.toString(), utf16.toString(), empty.toString(), "--store",
                twiceStore.toString());
        assertEquals(3, twice.exitCode(), twice.err());
        assertTrue(twice.out().startsWith("ingested 1 articles:"), twice.out());
        assertTrue(twice.err().contains("skipped " + utf16 + ": the same article id as an earlier input ("
                + EXAMPLES.resolve("voa-putin-xi-2023-03-21.json") + ", id voa-putin-xi-2023-03-21); the first is "
                + "kept"), twice.err());
        assertTrue(twice.err().contains("skipped " + empty + ": nothing to ingest (no .txt, .html, .json, .jsonl or "
                + ".jsonl.gz file in it)"), twice.err());
        assertTrue(Cli.run("stats", "--store", twiceStore.toString()).out().contains("articles               1"));
    }

    @Test
    void exportedGraphConformsToTheShapesAndKeepsOffsets() throws IOException {
        Path trig = shared.resolve("export.trig");
        Cli result = Cli.run("export", "--format", "trig", "--out", trig.toString(), "--store", store.toString());
        assertEquals(0, result.exitCode(), result.err());
        Dataset dataset = RDFDataMgr.loadDataset(trig.toString());
        Model union = dataset.getUnionModel();
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
        ValidationReport report = ShaclValidator.get().validate(shapes, union.getGraph());
        if (!report.conforms()) {
            ShLib.printReport(report);
        }
        assertTrue(report.conforms());
        assertFalse(union.isEmpty());
    }

    @Test
    void ingestPrintsTheResultOfTheQueryGivenAfterwards() throws IOException {
        Path query = shared.resolve("positions-of.rq");
        Files.writeString(query, "# default: ?name = \"Xi Jinping\"\n"
                + "SELECT ?position WHERE { ?p rdfs:label ?name ; gkg:holdsPosition/rdfs:label ?position }\n");
        Cli afterIngest = Cli.run("ingest", EXAMPLES.toString(), "--store", store.toString(), "--query",
                query.toString());
        assertEquals(0, afterIngest.exitCode(), afterIngest.err());
        assertTrue(afterIngest.out().contains("President of China"), afterIngest.out() + afterIngest.err());
    }
}
