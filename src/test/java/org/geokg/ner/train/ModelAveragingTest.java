package org.geokg.ner.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.geokg.ner.NameModel;
import org.junit.jupiter.api.Test;

class ModelAveragingTest {

    /** Two outcomes in one model's order, the other order in the second: they are matched by name. */
    private static final GISModel FIRST = new GISModel(new Context[] {
            new Context(new int[] {0, 1}, new double[] {1.0, -0.5}),
            new Context(new int[] {1}, new double[] {2.0})},
            new String[] {"capital", "lower"}, new String[] {"name", "other"});
    private static final GISModel SECOND = new GISModel(new Context[] {
            new Context(new int[] {0}, new double[] {0.4}),
            new Context(new int[] {1, 0}, new double[] {3.0, -1.0})},
            new String[] {"capital", "suffix"}, new String[] {"other", "name"});

    @Test
    void theAverageGivesTheNormalizedGeometricMeanOfTheProbabilities() {
        GISModel averaged = ModelAveraging.average(List.of(FIRST, SECOND));
        for (String[] context : List.of(new String[] {"capital"}, new String[] {"lower", "suffix"},
                new String[] {"capital", "lower", "suffix"}, new String[] {"unknown"})) {
            double[] expected = geometricMean(probabilities(FIRST, context), probabilities(SECOND, context));
            assertArrayEquals(expected, probabilities(averaged, context), 1e-12, String.join(" ", context));
        }
    }

    @Test
    void aModelAveragedWithItselfIsUnchanged() {
        GISModel averaged = ModelAveraging.average(List.of(FIRST, FIRST));
        String[] context = {"capital", "lower"};
        assertArrayEquals(probabilities(FIRST, context), probabilities(averaged, context), 1e-12);
    }

    @Test
    void modelsWithOtherOutcomesAreRefused() {
        GISModel other = new GISModel(new Context[] {new Context(new int[] {0}, new double[] {1.0})},
                new String[] {"capital"}, new String[] {"name", "place"});
        assertThrows(IllegalArgumentException.class, () -> ModelAveraging.average(List.of(FIRST, other)));
    }

    @Test
    void averagedNameFinderTagsLikeTheGeometricMeanOfItsMembers() throws Exception {
        List<NameSample> samples = TitleStripping.strip(NerCorpus.read(tiny()));
        TrainingOptions options = TrainingOptions.defaults().withIterations(30).withCutoff(1);
        byte[] descriptor = NerTrainer.descriptor(NerTrainer.GEOKG_FEATURES);
        Map<String, Object> resources = NerTrainer.resourcesFor(descriptor);
        TokenNameFinderModel gis = NerTrainer.trainModel(samples, options.withAlgorithm("MAXENT"), descriptor,
                resources);
        TokenNameFinderModel qn = NerTrainer.trainModel(samples, options.withAlgorithm("MAXENT_QN"), descriptor,
                resources);
        TokenNameFinderModel averaged = NerTrainer.trainModel(samples, options, descriptor, resources);
        String[] sentence = samples.get(0).getSentence();
        NameContextGenerator features = averaged.getFactory().createContextGenerator();
        for (int i = 0; i < sentence.length; i++) {
            String[] previous = new String[i];
            Arrays.fill(previous, "other");
            String[] context = features.getContext(i, sentence, previous, null);
            double[] expected = geometricMean(eval(gis, context), eval(qn, context));
            assertArrayEquals(expected, eval(averaged, context), 1e-9, sentence[i]);
        }
        NerEvaluator.Evaluation e = NerEvaluator.evaluate(NameModel.of(averaged, "averaged"), samples, Set.of());
        assertEquals(1.0, e.micro().f1(), 0.1, e.format());
    }

    private static double[] eval(TokenNameFinderModel model, String[] context) {
        return probabilities(model.<MaxentModel>getArtifact("nameFinder.model"), context);
    }

    /** The probabilities of the outcomes in the order of their names. */
    private static double[] probabilities(MaxentModel model, String[] context) {
        double[] p = model.eval(context);
        String[] names = new String[p.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = model.getOutcome(i);
        }
        Arrays.sort(names);
        double[] byName = new double[p.length];
        for (int i = 0; i < names.length; i++) {
            byName[i] = p[model.getIndex(names[i])];
        }
        return byName;
    }

    private static double[] geometricMean(double[] a, double[] b) {
        double[] m = new double[a.length];
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            m[i] = Math.sqrt(a[i] * b[i]);
            sum += m[i];
        }
        for (int i = 0; i < a.length; i++) {
            m[i] /= sum;
        }
        return m;
    }

    private static Path tiny() throws URISyntaxException {
        return Path.of(ModelAveragingTest.class.getResource("/org/geokg/ner/tiny-train.txt").toURI());
    }
}
