package org.geokg.ner.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.geokg.ner.NameModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

class NerTrainerTest {

    private static Path tiny() throws URISyntaxException {
        return Path.of(NerTrainerTest.class.getResource("/org/geokg/ner/tiny-train.txt").toURI());
    }

    private static final TrainingOptions OPTIONS =
            TrainingOptions.defaults().withIterations(30).withCutoff(1);

    @Test
    void trainingTwiceGivesIdenticalModelBytesAndPredictions(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a/ner.bin");
        Path b = dir.resolve("b/ner.bin");
        NerTrainer.Result ra = NerTrainer.train(tiny(), a, OPTIONS.withEvalData(List.of(tiny())));
        NerTrainer.Result rb = NerTrainer.train(tiny(), b, OPTIONS);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertEquals(ra.dataSha256(), rb.dataSha256());
        TokenNameFinderModel ma = load(a);
        assertEquals(predictions(ma), predictions(load(b)));

        JsonObject manifest = JsonParser.parseString(Files.readString(dir.resolve("a/ner.manifest.json")))
                .getAsJsonObject();
        assertEquals(ra.dataSha256(), manifest.getAsJsonObject("trainingData").get("sha256").getAsString());
        assertEquals(30, manifest.getAsJsonObject("parameters").get("iterations").getAsInt());
        assertEquals(1, manifest.getAsJsonArray("evaluations").size());

        // the model file loads on its own (dictionaries come from inside it) and fits its training data
        NerEvaluator.Evaluation e = NerEvaluator.evaluate(NameModel.of(ma, "model a"), TitleStripping.strip(NerCorpus.read(tiny())), Set.of());
        assertTrue(e.micro().f1() > 0.9, e.format());
        assertEquals(e.micro(), ra.evaluations().get(0).micro());
    }

    @Test
    void perceptronIsDeterministicToo(@TempDir Path dir) throws Exception {
        TrainingOptions p = OPTIONS.withAlgorithm("PERCEPTRON").withFeatures(NerTrainer.OPENNLP_FEATURES);
        NerTrainer.train(tiny(), dir.resolve("a.bin"), p);
        NerTrainer.train(tiny(), dir.resolve("b.bin"), p);
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.bin")), Files.readAllBytes(dir.resolve("b.bin")));
    }

    private static TokenNameFinderModel load(Path model) throws Exception {
        try (InputStream in = Files.newInputStream(model)) {
            return new TokenNameFinderModel(in);
        }
    }

    private static List<String> predictions(TokenNameFinderModel mod) throws Exception {
        NameFinderME f = new NameFinderME(mod);
        List<String> out = new ArrayList<>();
        for (NameSample s : NerCorpus.read(tiny())) {
            if (s.isClearAdaptiveDataSet()) {
                f.clearAdaptiveData();
            }
            for (Span sp : f.find(s.getSentence())) {
                out.add(sp.toString() + " " + sp.getProb());
            }
        }
        return out;
    }
}
