package org.geokg.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.geokg.article.Article;
import org.geokg.article.ArticleReader;
import org.geokg.cases.CaseTable;
import org.geokg.extract.ArticleAnalysis;
import org.geokg.extract.ExtractionModels;
import org.geokg.extract.Extractor;
import org.geokg.extract.ShippedModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The confidence model: the features it reads in a meeting's sentence (the rows of
 * {@code src/test/resources/cases/confidence-features.tsv}), the choices its manifest ships, and that the extractor
 * keeps exactly the meetings at or above its threshold.
 */
class ConfidenceModelTest {
    /** A threshold that the confidence of some meetings of the training articles falls below. */
    private static final double STRICT = 0.5;
    private static ExtractionModels shipped;
    private static Extractor keepingAll;

    @BeforeAll
    static void load() {
        shipped = ShippedModels.get();
        MeetingModels meetings = shipped.meetings();
        keepingAll = new Extractor(shipped.withMeetingModels(new MeetingModels(meetings.status(),
                meetings.confidence().map(m -> m.withThreshold(0)), meetings.proposesPairs())));
    }

    static List<CaseTable.Row> cases() {
        return CaseTable.read("cases/confidence-features.tsv", "id", "published", "text", "features...");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void featuresOfAMeetingsSentence(CaseTable.Row row) {
        Article article = new Article("t", "t", null, null, LocalDate.parse(row.get("published")), row.get("text"),
                Map.of());
        ArticleAnalysis analysis = keepingAll.analyze(article);
        int last = analysis.text().sentences().size() - 1;
        Meeting meeting = analysis.meetings().stream().filter(m -> m.evidence().contains(last)).findFirst()
                .orElseThrow(() -> new AssertionError(row.where() + ": no meeting in the last sentence: "
                        + analysis.meetings()));
        List<String> features = Arrays.asList(ConfidenceModel.features(meeting, analysis.text(),
                analysis.mentions(), article.published()));
        for (String expected : row.all("features")) {
            if (expected.startsWith("-")) {
                assertFalse(features.contains(expected.substring(1)), row.where() + ": " + features);
            } else {
                assertTrue(features.contains(expected), row.where() + ": " + features);
            }
        }
    }

    @Test
    void theShippedModelHasTheChoicesOfItsManifest() throws IOException {
        ConfidenceModel model = shipped.meetings().confidence().orElseThrow();
        JsonObject manifest = JsonParser.parseString(Files.readString(
                Path.of("src/main/resources", ConfidenceModel.SHIPPED_MANIFEST), StandardCharsets.UTF_8))
                .getAsJsonObject();
        assertEquals(manifest.get("threshold").getAsDouble(), model.threshold());
        assertEquals(manifest.get("proposesPairs").getAsBoolean(), model.proposesPairs());
        assertEquals(model.proposesPairs(), shipped.meetings().proposesPairs());
        assertTrue(model.threshold() >= 0 && model.threshold() < 1, "threshold " + model.threshold());
    }

    /** The shipped threshold (the models are loaded before the arguments are asked for), and a stricter one. */
    static List<Double> thresholds() {
        return List.of(shipped.meetings().confidence().orElseThrow().threshold(), STRICT);
    }

    @ParameterizedTest(name = "threshold {0}")
    @MethodSource("thresholds")
    void theExtractorKeepsExactlyTheMeetingsAtOrAboveTheThreshold(double threshold) throws IOException {
        MeetingModels meetings = shipped.meetings();
        Extractor extractor = new Extractor(shipped.withMeetingModels(new MeetingModels(meetings.status(),
                meetings.confidence().map(m -> m.withThreshold(threshold)), meetings.proposesPairs())));
        int dropped = 0;
        List<Path> files;
        try (Stream<Path> listed = Files.list(Path.of("src/test/resources/train"))) {
            files = listed.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Article article : new ArticleReader().readAll(files, problem -> {
            throw problem;
        })) {
            List<Meeting> all = keepingAll.analyze(article).meetings();
            List<Meeting> kept = all.stream().filter(m -> m.confidence() >= threshold).toList();
            assertEquals(kept, extractor.analyze(article).meetings(), article.id());
            dropped += all.size() - kept.size();
        }
        assertTrue(threshold < STRICT || dropped > 0, "a threshold of " + STRICT + " drops some meetings");
    }
}
