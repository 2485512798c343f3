package org.geokg.syntax.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.geokg.syntax.DependencyModel;
import org.geokg.syntax.DependencyParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParserTrainerTest {
    private static final ParserOptions OPTIONS = ParserOptions.defaults().withIterations(8).withFolds(0).withPrune(0);

    @Test
    void trainingTwiceGivesTheSameBytesAndTheModelLearnsItsData(@TempDir Path dir) throws Exception {
        Path tiny = TreebankTest.tiny();
        Path a = dir.resolve("a/parser.bin");
        Path b = dir.resolve("b/parser.bin");
        List<String> log = new ArrayList<>();
        ParserTrainer.Result ra = ParserTrainer.train(tiny, a, OPTIONS.withDev(tiny), log::add);
        ParserTrainer.train(tiny, b, OPTIONS, s -> { });
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertEquals(8, log.stream().filter(l -> l.startsWith("pass ")).count(), log.toString());

        ParserEvaluator.Evaluation dev = ra.dev().orElseThrow();
        assertTrue(dev.uas() > 0.95, "fits its training data: " + dev.format());
        assertEquals(Files.size(a), ra.modelBytes());

        JsonObject manifest = JsonParser.parseString(Files.readString(dir.resolve("a/parser.manifest.json")))
                .getAsJsonObject();
        assertEquals(ra.dataSha256(), manifest.getAsJsonObject("trainingData").get("sha256").getAsString());
        assertEquals(1, manifest.getAsJsonObject("trainingData").get("nonProjective").getAsInt());
        assertEquals(8, manifest.getAsJsonObject("parameters").get("iterations").getAsInt());
        assertEquals(8, manifest.getAsJsonObject("dev").getAsJsonArray("uasLasAfterEachPass").size());

        // the file alone gives the same parses as the model scored after training
        DependencyParser parser = DependencyModel.load(a).newParser();
        var parse = parser.parse(List.of("She", "was", "welcomed", "by", "the", "king", "."),
                List.of("PRON", "AUX", "VERB", "ADP", "DET", "NOUN", "PUNCT"));
        assertEquals(List.of(2, 2, -1, 5, 5, 2, 2), parse.heads());
        assertEquals("obl:agent", parse.label(5));
    }
}
