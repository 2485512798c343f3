package org.geokg.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link GisWeights} and {@link FastGisModel} give GISModel's probabilities bit for bit. */
class GisWeightsTest {
    private static POSModel pos;
    private static GISModel gis;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = GisWeightsTest.class.getClassLoader().getResourceAsStream(NlpModels.POS_MODEL)) {
            pos = new POSModel(in);
        }
        gis = pos.getArtifact(NlpModels.POS_MODEL_ENTRY);
    }

    /** The POS contexts of every token of some sentences, with made-up previous tags. */
    private static List<String[]> contexts() {
        POSContextGenerator generator = pos.getFactory().getPOSContextGenerator(0);
        List<String[]> contexts = new ArrayList<>();
        String[][] sentences = {
            "President Xi Jinping met Vladimir Putin in Moscow on Tuesday .".split(" "),
            "The talks , which lasted three hours , ended without a joint statement .".split(" "),
            "Zzyzx qwerty-uiop 12,345.67 @user #tag ... !".split(" "),
        };
        for (String[] words : sentences) {
            String[] tags = new String[words.length];
            for (int i = 0; i < words.length; i++) {
                contexts.add(generator.getContext(i, words, Arrays.copyOf(tags, i), null));
                tags[i] = i % 2 == 0 ? "NOUN" : "VERB";
            }
        }
        contexts.add(new String[0]);
        contexts.add(new String[] {"no such feature", "w=Moscow", "no such feature either"});
        return contexts;
    }

    @Test
    void probabilitiesAreBitForBitThoseOfTheGisModel() {
        GisWeights weights = GisWeights.of(gis);
        FastGisModel fast = new FastGisModel(gis);
        assertEquals(gis.getNumOutcomes(), weights.outcomes());
        for (String[] context : contexts()) {
            double[] expected = gis.eval(context);
            assertArrayEquals(expected, weights.eval(context), 0.0, String.join(" ", context));
            assertArrayEquals(expected, fast.eval(context), 0.0);
            assertArrayEquals(expected, fast.eval(context, new double[expected.length]), 0.0);
            assertArrayEquals(expected, fast.eval(context, (float[]) null), 0.0);
            float[] values = new float[context.length];
            Arrays.fill(values, 0.5f);
            assertArrayEquals(gis.eval(context, values), fast.eval(context, values), 0.0);
        }
    }

    @Test
    void theBestOutcomeIsTheFirstMostProbableOne() {
        GisWeights weights = GisWeights.of(gis);
        for (String[] context : contexts()) { // the empty context ties every outcome: the first wins
            double[] probabilities = gis.eval(context);
            int expected = 0;
            for (int o = 1; o < probabilities.length; o++) {
                if (probabilities[o] > probabilities[expected]) {
                    expected = o;
                }
            }
            assertEquals(expected, weights.best(context), String.join(" ", context));
        }
    }

    @Test
    void addingInTwoPartsGivesTheSameSums() {
        GisWeights weights = GisWeights.of(gis);
        for (String[] context : contexts()) {
            int half = context.length / 2;
            double[] parts = weights.add(context, half, context.length, weights.add(context, 0, half,
                    weights.priorSums()));
            assertArrayEquals(weights.add(context, 0, context.length, weights.priorSums()), parts, 0.0);
        }
    }

    @Test
    void fingerprintsAreNeverTheEmptySlotAndTellStringsApart() {
        assertNotEquals(0L, GisWeights.fingerprint(""));
        assertNotEquals(GisWeights.fingerprint("w=Moscow"), GisWeights.fingerprint("w=moscow"));
        assertNotEquals(GisWeights.fingerprint("ab"), GisWeights.fingerprint("ba"));
    }
}
