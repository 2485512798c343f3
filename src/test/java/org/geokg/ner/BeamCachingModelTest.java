package org.geokg.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.geokg.ner.train.NerCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The beam-caching wrapper of the shipped model finds the same names with bit-identical probabilities. */
class BeamCachingModelTest {
    private static final String MODEL = "/org/geokg/models/ner-en.bin";
    private static TokenNameFinderModel plain;
    private static TokenNameFinderModel cached;
    private static List<String[]> sentences;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = BeamCachingModelTest.class.getResourceAsStream(MODEL)) {
            plain = new TokenNameFinderModel(in);
        }
        try (InputStream in = BeamCachingModelTest.class.getResourceAsStream(MODEL)) {
            cached = BeamCachingModel.read(in);
        }
        sentences = new ArrayList<>();
        for (NameSample s : NerCorpus.read(Path.of("src/test/resources/org/geokg/ner/tiny-train.txt"))) {
            sentences.add(s.getSentence());
        }
        sentences.add("Sudanese army chief Abdel Fattah al-Burhan met U.S. envoy Tom Perriello in Port Sudan .".split(" "));
        sentences.add("Burhan said the talks in Jeddah would resume , Perriello told reporters .".split(" "));
        sentences.add(new String[] {"Okafor"});
        sentences.add(new String[0]);
    }

    /** Every sentence's spans with their probabilities, as text, in one document. */
    private static List<String> tag(TokenNameFinderModel model) {
        NameFinderME finder = new NameFinderME(model);
        List<String> out = new ArrayList<>();
        for (String[] sentence : sentences) {
            out.add(List.of(finder.find(sentence)) + " " + java.util.Arrays.toString(finder.probs()));
        }
        return out;
    }

    @Test
    void theGisModelIsWrapped() {
        MaxentModel inside = (MaxentModel) cached.getArtifact("nameFinder.model");
        assertEquals(BeamCachingModel.class, inside.getClass());
        assertNotSame(plain.getArtifact("nameFinder.model"), inside);
    }

    @Test
    void sameNamesAndBitIdenticalProbabilities() {
        assertEquals(tag(plain), tag(cached));
    }

    @Test
    void threadsSharingTheModelDoNotDisturbEachOther() throws Exception {
        List<String> expected = tag(plain);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> tag(cached)));
            }
            for (Future<List<String>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aContextShorterThanThePreviousOutcomesIsScoredInFull() {
        MaxentModel inside = (MaxentModel) cached.getArtifact("nameFinder.model");
        MaxentModel gis = (MaxentModel) plain.getArtifact("nameFinder.model");
        String[] context = {"w=Okafor", "po=other"};
        assertArrayEquals(gis.eval(context), inside.eval(context));
        assertArrayEquals(gis.eval(context, new float[] {1f, 0.5f}), inside.eval(context, new float[] {1f, 0.5f}));
    }
}
