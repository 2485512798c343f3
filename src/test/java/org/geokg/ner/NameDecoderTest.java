package org.geokg.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.geokg.article.Article;
import org.geokg.article.ArticleReader;
import org.geokg.extract.ShippedModels;
import org.geokg.nlp.AnalyzedText;
import org.geokg.nlp.Sentence;
import org.geokg.nlp.TextAnalyzer;
import org.geokg.ner.train.NerCorpus;
import org.geokg.ner.train.NerTrainer;
import org.geokg.ner.train.TrainingOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GeoKG's decoder finds the same names as OpenNLP's NameFinderME with the shipped model, with bit-identical
 * probabilities, on every sentence of the test articles (one document per article, so the document memory is
 * exercised) and on edge cases.
 */
class NameDecoderTest {
    private static final String MODEL = "/org/geokg/models/ner-en.bin";
    private static TokenNameFinderModel model;
    private static List<List<String[]>> documents;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = NameDecoderTest.class.getResourceAsStream(MODEL)) {
            model = new TokenNameFinderModel(in);
        }
        documents = new ArrayList<>();
        List<String[]> tiny = new ArrayList<>();
        for (NameSample s : NerCorpus.read(Path.of("src/test/resources/org/geokg/ner/tiny-train.txt"))) {
            tiny.add(s.getSentence());
        }
        tiny.add("Sudanese army chief Abdel Fattah al-Burhan met U.S. envoy Tom Perriello in Port Sudan .".split(" "));
        tiny.add("Burhan said the talks in Jeddah would resume , Perriello told reporters .".split(" "));
        tiny.add(new String[] {"Okafor"});
        tiny.add(new String[0]);
        documents.add(tiny);
        TextAnalyzer analyzer = ShippedModels.get().nlp().newAnalyzer();
        for (String folder : List.of("dev", "train", "news")) {
            try (Stream<Path> files = Files.list(Path.of("src/test/resources", folder))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    documents.add(sentences(analyzer.analyze(read(file).text())));
                }
            }
        }
    }

    private static Article read(Path file) {
        return new ArticleReader().readAll(List.of(file), problem -> {
            throw problem;
        }).get(0);
    }

    private static List<String[]> sentences(AnalyzedText text) {
        List<String[]> out = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            String[] tokens = new String[sentence.size()];
            for (int i = 0; i < tokens.length; i++) {
                tokens[i] = sentence.token(i).text();
            }
            out.add(tokens);
        }
        return out;
    }

    /** Every sentence's spans with their types and probabilities, as OpenNLP's finder gives them. */
    private static List<String> withOpenNlp(TokenNameFinderModel model) {
        NameFinderME finder = new NameFinderME(model);
        List<String> out = new ArrayList<>();
        for (List<String[]> document : documents) {
            for (String[] sentence : document) {
                out.add(show(finder.find(sentence)));
            }
            finder.clearAdaptiveData();
        }
        return out;
    }

    private static List<String> withDecoder(NameModel names) {
        NameTagger tagger = names.newTagger();
        List<String> out = new ArrayList<>();
        for (List<String[]> document : documents) {
            for (String[] sentence : document) {
                out.add(show(tagger.find(sentence)));
            }
            tagger.newDocument();
        }
        return out;
    }

    private static String show(Span[] spans) {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) {
            sb.append(s).append(' ').append(Double.doubleToRawLongBits(s.getProb())).append("; ");
        }
        return sb.toString();
    }

    @Test
    void sameNamesAndBitIdenticalProbabilitiesAsOpenNlp() {
        List<String> expected = withOpenNlp(model);
        assertTrue(expected.size() > 1000, "sentences: " + expected.size());
        assertTrue(expected.stream().filter(s -> !s.isEmpty()).count() > 500, "names found in too few sentences");
        assertEquals(expected, withDecoder(NameModel.of(model, "test")));
    }

    @Test
    void aModelThatIsNotGisIsDecodedAsOpenNlpDoes(@TempDir Path dir) throws Exception {
        Path tiny = Path.of("src/test/resources/org/geokg/ner/tiny-train.txt");
        TrainingOptions perceptron = TrainingOptions.defaults().withIterations(30).withCutoff(1)
                .withAlgorithm("PERCEPTRON");
        NerTrainer.train(tiny, dir.resolve("p.bin"), perceptron);
        NameModel trained = NameModel.load(dir.resolve("p.bin"));
        assertFalse(trained.model().getArtifact("nameFinder.model") instanceof GISModel);
        List<String> expected = withOpenNlp(trained.model());
        assertTrue(expected.stream().filter(s -> !s.isEmpty()).count() > 50, "names found in too few sentences");
        assertEquals(expected, withDecoder(trained));
    }

    @Test
    void threadsSharingTheModelDoNotDisturbEachOther() throws Exception {
        NameModel names = NameModel.of(model, "test");
        List<String> expected = withDecoder(names);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> withDecoder(names)));
            }
            for (Future<List<String>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void anEmptySentenceHasNoNames() {
        assertEquals(0, NameModel.of(model, "test").newTagger().find(new String[0]).length);
        assertEquals(List.of(), Arrays.asList(new NameFinderME(model).find(new String[0])));
    }
}
