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
import org.geokg.meeting.MeetingModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The meeting models train on annotated articles, write a manifest, and the same articles give the same bytes. */
class MeetingTrainersTest {
    private static AnnotatedSet set;
    private static ExtractionModels models;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        set = MeetingSet.parse("part=src/test/resources/dev@training").load();
        models = ExtractionModels.shipped();
    }

    @Test
    void theStatusAndConfidenceModelsAreTrainedTheSameTwice() throws IOException {
        StatusTrainer.Result status = StatusTrainer.train(set, models, dir.resolve("a/status.bin"));
        StatusTrainer.Result again = StatusTrainer.train(set, models, dir.resolve("b/status.bin"));
        assertArrayEquals(Files.readAllBytes(status.model()), Files.readAllBytes(again.model()));
        assertTrue(status.outcomes().getOrDefault("occurred", 0) > 0, status.outcomes().toString());
        assertTrue(Files.readString(status.manifest()).contains("\"set\": \"part\""));

        ExtractionModels withStatus = models.withMeetingModels(
                new MeetingModels(Optional.of(status.status()), Optional.empty()));
        ConfidenceTrainer.Result confidence = ConfidenceTrainer.train(set, withStatus, dir.resolve("a/conf.bin"));
        ConfidenceTrainer.Result confidenceAgain = ConfidenceTrainer.train(set, withStatus, dir.resolve("b/conf.bin"));
        assertArrayEquals(Files.readAllBytes(confidence.model()), Files.readAllBytes(confidenceAgain.model()));
        int examples = confidence.outcomes().values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(examples > 0, confidence.outcomes().toString());
        assertEquals(confidence.outcomes().keySet(), confidenceAgain.outcomes().keySet());
    }
}
