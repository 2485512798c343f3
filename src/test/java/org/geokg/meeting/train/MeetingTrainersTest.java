package org.geokg.meeting.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.geokg.eval.AnnotatedSet;
import org.geokg.eval.MeetingSet;
import org.geokg.extract.ExtractionModels;
import org.geokg.extract.ShippedModels;
import org.geokg.meeting.MeetingModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The meeting models train on annotated articles, write a manifest, and the same articles give the same bytes. */
class MeetingTrainersTest {
    private static AnnotatedSet set;
    private static AnnotatedSet wholeDev;
    private static ExtractionModels models;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        set = MeetingSet.parse("part=src/test/resources/dev@training").load();
        wholeDev = MeetingSet.parse("dev=src/test/resources/dev").load();
        models = ShippedModels.get();
    }

    @Test
    void theStatusAndConfidenceModelsAreTrainedTheSameTwice() throws IOException {
        StatusTrainer.Result status = StatusTrainer.train(set, models, dir.resolve("a/status.bin"));
        StatusTrainer.Result again = StatusTrainer.train(set, models, dir.resolve("b/status.bin"));
        assertArrayEquals(Files.readAllBytes(status.model()), Files.readAllBytes(again.model()));
        assertTrue(status.outcomes().getOrDefault("occurred", 0) > 0, status.outcomes().toString());
        assertTrue(Files.readString(status.manifest()).contains("\"set\": \"part\""));

        ExtractionModels withStatus = models.withMeetingModels(
                new MeetingModels(Optional.of(status.status()), Optional.empty(), true));
        ConfidenceTrainer.Result confidence = ConfidenceTrainer.train(set, withStatus, 0.35,
                dir.resolve("a/conf.bin"));
        ConfidenceTrainer.Result confidenceAgain = ConfidenceTrainer.train(set, withStatus, 0.35,
                dir.resolve("b/conf.bin"));
        assertArrayEquals(Files.readAllBytes(confidence.model()), Files.readAllBytes(confidenceAgain.model()));
        int examples = confidence.outcomes().values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(examples > 0, confidence.outcomes().toString());
        assertEquals(confidence.outcomes().keySet(), confidenceAgain.outcomes().keySet());
        assertTrue(Files.readString(confidence.manifest()).contains("\"threshold\": 0.35"),
                Files.readString(confidence.manifest()));
    }

    @Test
    void crossValidationScoresEveryArticleOnceAndChoosesTheBestThreshold() throws IOException {
        CrossValidation.Result rules = crossValidate(false);
        CrossValidation.Result pairs = crossValidate(true);
        assertTrue(pairs.rows().get(0).all().predicted() > rules.rows().get(0).all().predicted(),
                "the pairs no rule found are proposed too: " + pairs.rows().get(0).all().format() + " against "
                        + rules.rows().get(0).all().format());
        assertEquals(rules.rows().get(0).all().gold(), pairs.rows().get(0).all().gold());
    }

    private static CrossValidation.Result crossValidate(boolean proposesPairs) throws IOException {
        CrossValidation.Result result = CrossValidation.run(wholeDev, models, 2, proposesPairs, id -> true, 2,
                problem -> {
            throw new AssertionError(problem);
        });
        assertEquals(2, result.folds());
        assertEquals(proposesPairs, result.proposesPairs());
        CrossValidation.Row keepAll = result.rows().get(0);
        assertEquals(0.0, keepAll.threshold());
        long goldPairs = wholeDev.gold().stream().mapToLong(g -> (long) g.participants().size()
                * (g.participants().size() - 1) / 2).sum();
        assertTrue(keepAll.all().gold() > 0 && keepAll.all().gold() <= goldPairs, keepAll.all().format());
        for (int i = 1; i < result.rows().size(); i++) {
            CrossValidation.Row row = result.rows().get(i);
            assertTrue(row.threshold() > result.rows().get(i - 1).threshold());
            assertEquals(keepAll.all().gold(), row.all().gold(), "every threshold scores the same gold");
            assertTrue(row.all().predicted() <= result.rows().get(i - 1).all().predicted(),
                    "a higher threshold keeps fewer pairs");
            assertTrue(row.all().f1() <= result.chosen().all().f1());
        }
        return result;
    }
}
