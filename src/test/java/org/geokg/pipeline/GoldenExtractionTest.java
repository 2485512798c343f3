package org.geokg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.geokg.article.Article;
import org.geokg.article.ArticleReader;
import org.geokg.mention.Gazetteer;
import org.geokg.nlp.NlpModels;
import org.geokg.nlp.Sentence;
import org.geokg.resolve.ArticleAnalysis;
import org.geokg.resolve.Meeting;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Extraction on the real articles in {@code examples/} compared with reviewed golden files in
 * {@code src/test/resources/golden/}: every mention (offsets, type, text, entity) and every meeting. Regenerate on
 * purpose with {@code mvn test -Dtest=GoldenExtractionTest -Dgolden.update=true}, then review the diff.
 */
class GoldenExtractionTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = new Extractor(NlpModels.load(), Gazetteer.load(), org.geokg.mention.NameModel.shipped());
    }

    static Stream<Path> examples() throws IOException {
        return Files.list(Path.of("examples")).filter(p -> p.toString().endsWith(".json")).sorted();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void extractionMatchesTheGoldenFiles(Path example) throws IOException {
        ArticleAnalysis analysis = extractor.analyze(read(example));
        String name = example.getFileName().toString().replace(".json", "");
        check(GOLDEN.resolve(name + ".mentions.tsv"), mentions(analysis));
        check(GOLDEN.resolve(name + ".meetings.tsv"), meetings(analysis));
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
        assertEquals(String.join("\n", Files.readAllLines(golden, StandardCharsets.UTF_8)), String.join("\n", actual));
    }

    private static List<String> mentions(ArticleAnalysis analysis) {
        List<String> lines = new ArrayList<>();
        lines.add("begin\tend\ttype\ttext\tentity\trule");
        analysis.mentions().forEach(m -> {
            var mention = m.mention();
            assertEquals(mention.text(), analysis.article().text().substring(mention.begin(), mention.end()));
            lines.add(mention.begin() + "\t" + mention.end() + "\t" + mention.type() + "\t" + mention.text() + "\t"
                    + m.entity() + "\t" + mention.rule());
        });
        return lines;
    }

    private static List<String> meetings(ArticleAnalysis analysis) {
        List<String> lines = new ArrayList<>();
        lines.add("kind\tstatus\tparticipants\thost\tplace\tdate\tevidence");
        for (Meeting m : analysis.meetings()) {
            List<String> evidence = new ArrayList<>();
            for (int index : m.evidence()) {
                Sentence s = analysis.text().sentences().get(index);
                evidence.add(s.begin() + "-" + s.end());
            }
            lines.add(m.kind() + "\t" + m.status() + "\t" + String.join(",", m.participants()) + "\t" + m.host()
                    + "\t" + m.place() + "\t" + (m.date() == null ? null : m.date().lexical()) + "\t"
                    + String.join(",", evidence));
        }
        return lines;
    }
}
