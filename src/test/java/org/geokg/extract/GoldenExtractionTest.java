package org.geokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.geokg.article.Article;
import org.geokg.article.ArticleReader;
import org.geokg.meeting.Meeting;
import org.geokg.nlp.Sentence;
import org.geokg.rdf.RdfMapper;
import org.geokg.resolve.ActingAgent;
import org.geokg.resolve.Entity;
import org.geokg.resolve.Position;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Extraction on real articles (the example in {@code examples/} and the 31 dev articles of
 * {@code src/test/resources/dev/}) compared with reviewed golden files in {@code src/test/resources/golden/}: for
 * each article every mention, entity, link, position, acting agent and meeting with all their fields, in one TSV
 * file of sections ({@code ID.tsv}), and for the example also its named graph as sorted N-Quads ({@code ID.nq}). A
 * change that alters any extraction output fails here. Regenerate on purpose with
 * {@code mvn test -Dtest=GoldenExtractionTest -Dgolden.update=true}, then review the diff.
 */
class GoldenExtractionTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = new Extractor(org.geokg.extract.ShippedModels.get());
    }

    static Stream<Path> articles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : List.of(Path.of("examples"), Path.of("src/test/resources/dev"))) {
            try (Stream<Path> listed = Files.list(folder)) {
                listed.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
            }
        }
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("articles")
    void extractionMatchesTheGoldenFiles(Path file) throws IOException {
        ArticleAnalysis analysis = extractor.analyze(read(file));
        String name = file.getFileName().toString().replace(".json", "");
        check(GOLDEN.resolve(name + ".tsv"), tables(analysis));
        if (file.startsWith("examples")) {
            check(GOLDEN.resolve(name + ".nq"), quads(analysis));
        }
    }

    static Article read(Path file) {
        return new ArticleReader().readAll(List.of(file), problem -> {
            throw problem;
        }).get(0);
    }

    private static void check(Path golden, List<String> actual) throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            Files.write(golden, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(golden), "no golden file " + golden + "; run with -Dgolden.update=true and review");
        assertEquals(String.join("\n", Files.readAllLines(golden, StandardCharsets.UTF_8)), String.join("\n", actual),
                golden.toString());
    }

    /** Every extraction output of the article, one TSV table per section. */
    static List<String> tables(ArticleAnalysis analysis) {
        List<String> lines = new ArrayList<>();
        section(lines, "mentions", "begin\tend\tsentence\ttokens\ttype\ttext\tname\tdemonym\trule\tentity");
        analysis.mentions().forEach(resolved -> {
            var m = resolved.mention();
            assertEquals(m.text(), analysis.article().text().substring(m.begin(), m.end()));
            lines.add(row(m.begin(), m.end(), m.sentence(), m.tokenBegin() + "-" + m.tokenEnd(), m.type(), m.text(),
                    m.name(), m.demonym(), m.rule(), resolved.entity()));
        });
        section(lines, "entities", "key\ttype\tlabel\taliases\twikidata\tgeonames\tcountry");
        for (Entity e : analysis.entities().values()) {
            lines.add(row(e.key(), e.type(), e.label(), String.join("|", e.aliases()), e.wikidata(), e.geonames(),
                    e.country()));
        }
        section(lines, "links", "entity\twikidata\tgeonames\tiso2\tiso3\tlabel\tmethod\tconfidence");
        analysis.links().forEach((key, l) -> lines.add(row(key, l.wikidata(), l.geonames(), l.iso2(), l.iso3(),
                l.label(), l.method(), l.confidence())));
        section(lines, "positions", "person\ttitle\tstate\tlabel\tsentence");
        for (Position p : analysis.positions()) {
            lines.add(row(p.person(), p.title(), p.state(), p.label(), p.sentence()));
        }
        section(lines, "acting agents", "begin\tend\ttext\tentity\tstate");
        for (ActingAgent agent : analysis.actingAgents()) {
            var m = agent.mention().mention();
            lines.add(row(m.begin(), m.end(), m.text(), agent.mention().entity(), agent.state()));
        }
        section(lines, "meetings",
                "kind\tstatus\tparticipants\thost\tplace\tdate\tprecision\tevidence\tconfidence\trule");
        for (Meeting m : analysis.meetings()) {
            List<String> evidence = new ArrayList<>();
            for (int index : m.evidence()) {
                Sentence s = analysis.text().sentences().get(index);
                evidence.add(index + ":" + s.begin() + "-" + s.end());
            }
            lines.add(row(m.kind(), m.status(), String.join(",", m.participants()), m.host(), m.place(),
                    m.date() == null ? null : m.date().lexical(), m.date() == null ? null : m.date().precision(),
                    String.join(",", evidence), m.confidence(), m.rule()));
        }
        return lines;
    }

    /** The article's named graph as N-Quads, one quad a line, sorted. */
    static List<String> quads(ArticleAnalysis analysis) {
        RdfMapper mapper = new RdfMapper();
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        dataset.addGraph(mapper.articleIri(analysis.article()), mapper.map(analysis));
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, dataset, Lang.NQUADS);
        String[] lines = out.toString().split("\n");
        Arrays.sort(lines);
        return List.of(lines);
    }

    private static void section(List<String> lines, String name, String header) {
        if (!lines.isEmpty()) {
            lines.add("");
        }
        lines.add("# " + name);
        lines.add(header);
    }

    private static String row(Object... cells) {
        StringBuilder row = new StringBuilder();
        for (Object cell : cells) {
            if (!row.isEmpty()) {
                row.append('\t');
            }
            row.append(cell == null ? "-" : cell.toString().replace("\t", " ").replace("\n", "\\n"));
        }
        return row.toString();
    }
}
