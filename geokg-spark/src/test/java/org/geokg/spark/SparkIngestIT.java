package org.geokg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.spark.sql.SparkSession;
import org.geokg.pipeline.IngestReport;
import org.geokg.pipeline.Ingestor;
import org.geokg.rdf.Iris;
import org.geokg.rdf.vocab.GKG;
import org.geokg.rdf.vocab.NIF;
import org.geokg.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in Spark's {@code local[2]} on 100 articles (the core's test articles {@code dev/} and {@code news/}, in
 * {@code articles-100.jsonl.gz}) plus a malformed line and a repeated one, against {@code geokg ingest} of the same
 * file into a TDB2 store: the N-Quads, loaded with TDB2's bulk loader, are the ingest's quads.
 */
class SparkIngestIT {
    private static final String BROKEN = "{\"id\": \"broken\", \"text\": oops}";

    @TempDir
    static Path dir;
    private static SparkSession spark;
    private static Path input;
    private static long brokenOffset;
    private static JobReport report;
    private static IngestReport ingest;
    private static Set<Quad> ingested;
    private static Set<Quad> loaded;
    private static Set<Quad> ingestedSummary;
    private static Set<Quad> loadedSummary;

    @BeforeAll
    static void runBoth() throws IOException {
        List<String> lines = articleLines();
        input = dir.resolve("in/articles.jsonl.gz");
        Files.createDirectories(input.getParent());
        brokenOffset = lines.stream().mapToLong(l -> l.getBytes(StandardCharsets.UTF_8).length + 1).sum();
        List<String> withBad = new ArrayList<>(lines);
        withBad.addAll(List.of(BROKEN, lines.get(0), ""));
        gzip(input, withBad);
        spark = SparkSession.builder().master("local[2]").appName("SparkIngestIT")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "localhost")
                .config("spark.driver.bindAddress", "127.0.0.1").config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
        report = SparkIngestJob.run(spark, new SparkIngestJob.Options(List.of(input.getParent().toString()),
                dir.resolve("out").toString(), InputFormat.JSONL, 0, false));
        try (TdbStore store = TdbStore.open(dir.resolve("ingest-store"))) {
            ingest = new Ingestor(ExecutorModels.get(), store, 2).ingest(List.of(input.getParent()), line -> { });
            ingested = quads(store.dataset());
            ingestedSummary = summary(store.dataset());
        }
        loaded = bulkLoad(dir.resolve("out/nquads"), dir.resolve("loaded-store"));
        try (TdbStore store = TdbStore.open(dir.resolve("loaded-store"))) {
            store.rebuildSummary();
            loadedSummary = summary(store.dataset());
        }
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void theNQuadsAreTheQuadsOfIngest() {
        assertEquals(100, report.articles());
        assertEquals(100, ingest.articles(), "ingest keeps the first of a repeated article, as the job does");
        assertEquals(loaded.size(), report.quads());
        assertEquals(ingested.size(), loaded.size());
        Set<Quad> missing = new HashSet<>(ingested);
        missing.removeAll(loaded);
        Set<Quad> extra = new HashSet<>(loaded);
        extra.removeAll(ingested);
        assertEquals(Set.of(), missing, "quads of ingest that the job lacks");
        assertEquals(Set.of(), extra, "quads of the job that ingest lacks");
    }

    /** {@code geokg summarize} on the loaded output makes the summary graph that ingest keeps. */
    @Test
    void theLoadedOutputSummarizesAsIngestDoes() {
        assertFalse(ingestedSummary.isEmpty());
        assertEquals(ingestedSummary, loadedSummary);
    }

    @Test
    void aMalformedLineAndARepeatedOneAreSkippedAndNamed() throws IOException {
        String name = input + ", line at byte ";
        assertEquals(2, report.skipped());
        assertEquals(2, ingest.skipped().size(), "ingest skips the bad line and names the repeated article");
        List<String> skipped = Files.readAllLines(partFile(dir.resolve("out/skipped"), ".txt"));
        assertEquals(report.someSkipped(), skipped);
        assertTrue(skipped.stream().anyMatch(s -> s.startsWith(name + brokenOffset + ": malformed JSON")), skipped
                .toString());
        assertTrue(skipped.stream().anyMatch(s -> s.matches(".*, line at byte \\d+: the same article id as an "
                + "earlier input \\(.*, line at byte 0\\); the first is kept")), skipped.toString());
    }

    @Test
    void theTablesSayWhatTheQuadsSay() {
        String out = dir.resolve("out").toString();
        assertEquals(count(loaded, RDF.type.asNode(), NIF.Phrase.asNode()), spark.read().parquet(out + "/mentions")
                .count());
        assertEquals(count(loaded, GKG.reportedIn.asNode(), Node.ANY), spark.read().parquet(out + "/entities")
                .count());
        assertEquals(loaded.stream().filter(q -> q.getPredicate().equals(GKG.participant.asNode()))
                .map(q -> q.getGraph() + " " + q.getSubject()).distinct().count(),
                spark.read().parquet(out + "/meetings").count());
        assertEquals(report.mentions(), spark.read().parquet(out + "/mentions").count());
    }

    @Test
    void parquetInputGivesTheSameGraphsButItsSource() throws IOException {
        Path parquet = dir.resolve("parquet-in");
        Path lines = dir.resolve("ten.jsonl");
        Files.write(lines, articleLines().subList(0, 10));
        spark.read().json(lines.toString()).write().parquet(parquet.toString());
        JobReport fromParquet = SparkIngestJob.run(spark, new SparkIngestJob.Options(List.of(parquet.toString()),
                dir.resolve("out-parquet").toString(), InputFormat.PARQUET, 2, true));
        assertEquals(10, fromParquet.articles());
        Set<Quad> parquetQuads = bulkLoad(dir.resolve("out-parquet/nquads"), dir.resolve("parquet-store"));
        Set<Node> graphs = parquetQuads.stream().map(Quad::getGraph).collect(Collectors.toSet());
        assertEquals(withoutSource(ingested.stream().filter(q -> graphs.contains(q.getGraph()))),
                withoutSource(parquetQuads.stream()));
    }

    private static List<String> articleLines() throws IOException {
        try (InputStream in = new GZIPInputStream(SparkIngestIT.class.getResourceAsStream("/articles-100.jsonl.gz"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    private static void gzip(Path file, List<String> lines) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            for (String line : lines) {
                out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** Loads the N-Quads parts into a new TDB2 store with the phased bulk loader (what tdb2.tdbloader runs). */
    private static Set<Quad> bulkLoad(Path nquads, Path store) throws IOException {
        List<String> parts;
        try (Stream<Path> files = Files.list(nquads)) {
            parts = files.map(Path::toString).filter(f -> f.endsWith(".nq") || f.endsWith(".nq.gz")).sorted()
                    .toList();
        }
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(store.toString());
        DataLoader loader = LoaderFactory.phasedLoader(dataset, (format, args) -> { });
        loader.startBulk();
        loader.load(parts);
        loader.finishBulk();
        Set<Quad> quads = quads(dataset);
        dataset.close();
        return quads;
    }

    /** The quads of the article graphs: the summary graph left out. */
    private static Set<Quad> quads(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            Set<Quad> all = new HashSet<>();
            dataset.find().forEachRemaining(q -> {
                if (!q.getGraph().equals(Iris.SUMMARY_GRAPH)) {
                    all.add(q);
                }
            });
            return all;
        });
    }

    private static Set<Quad> summary(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            Set<Quad> all = new HashSet<>();
            dataset.find(Iris.SUMMARY_GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(all::add);
            return all;
        });
    }

    private static Set<Quad> withoutSource(Stream<Quad> quads) {
        return quads.filter(q -> !q.getPredicate().equals(DCTerms.source.asNode())).collect(Collectors.toSet());
    }

    private static long count(Set<Quad> quads, Node predicate, Node object) {
        return quads.stream().filter(q -> q.getPredicate().equals(predicate)
                && (object == Node.ANY || q.getObject().equals(object))).count();
    }

    private static Path partFile(Path directory, String ending) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().startsWith("part-")
                    && f.getFileName().toString().endsWith(ending)).findFirst().orElseThrow();
        }
    }
}
