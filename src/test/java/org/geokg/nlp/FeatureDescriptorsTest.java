package org.geokg.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The POS model's features built by {@link FeatureDescriptors} (no cache, windows over each word once, faster word
 * features) are OpenNLP's, in the same order, for every token of the test articles.
 */
class FeatureDescriptorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            tokens       | TokenFeatureGeneratorFactory       | true
            token class  | TokenClassFeatureGeneratorFactory  | true
            sentence     | SentenceFeatureGeneratorFactory    | true
            previous map | PreviousMapFeatureGeneratorFactory | false
            pos tags     | PosTaggerFeatureGeneratorFactory   | false
            """)
    void aWindowIsReplacedOnlyOverGeneratorsOfTheWordsAlone(String what, String inner, boolean replaced)
            throws IOException {
        String descriptor = "<featureGenerators cache=\"true\" name=\"x\"><generator class=\""
                + "opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory\"><int name=\"prevLength\">2</int>"
                + "<int name=\"nextLength\">2</int><generator class=\"opennlp.tools.util.featuregen." + inner
                + "\"/></generator></featureGenerators>";
        String rewritten = new String(FeatureDescriptors.rewritten(descriptor.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);
        assertTrue(rewritten.contains("cache=\"false\""), rewritten);
        assertEquals(replaced, rewritten.contains(SentenceWindowFeatureGeneratorFactory.class.getName()), rewritten);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            tokens       | TokenFeatureGeneratorFactory      | WordFeatureGeneratorFactory
            token class  | TokenClassFeatureGeneratorFactory | WordClassFeatureGeneratorFactory
            bigrams      | BigramNameFeatureGeneratorFactory | WordBigramFeatureGeneratorFactory
            """)
    void wordFeatureFactoriesAreReplacedByOursOutsideAWindowToo(String what, String theirs, String ours)
            throws IOException {
        String descriptor = "<featureGenerators name=\"x\"><generator class=\"opennlp.tools.util.featuregen." + theirs
                + "\"/></featureGenerators>";
        String rewritten = new String(FeatureDescriptors.rewritten(descriptor.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);
        assertTrue(rewritten.contains("\"org.geokg.nlp." + ours + "\""), rewritten);
    }

    /** Words whose lower case takes each path: unchanged, ASCII, and OpenNLP's code points beyond ASCII. */
    @ParameterizedTest
    @ValueSource(strings = {"", "the", "The", "NATO", "U.S.", "iPhone", "G7-summit", "123", "\u0130stanbul", "STRASSE",
        "Stra\u00dfe", "\u03a3\u039f\u03a3", "\u01c5emal", "caf\u00e9", "\ud835\udc00BC", "\u212a"})
    void wordsAreLowerCasedAsOpenNlpDoes(String word) {
        assertEquals(StringUtil.toLowerCase(word), WordFeatureGeneratorFactory.lowerCase(word));
    }

    /** OpenNLP's generators and those that replace them, outside and inside a window, give the same features. */
    @Test
    void wordFeaturesAreOpenNlps() throws IOException {
        String descriptor = "<featureGenerators name=\"x\">"
                + "<generator class=\"opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory\"/>"
                + "<generator class=\"opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory\">"
                + "<bool name=\"lowercase\">false</bool></generator>"
                + "<generator class=\"opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory\"/>"
                + "<generator class=\"opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory\">"
                + "<bool name=\"wordAndClass\">false</bool></generator>"
                + "<generator class=\"opennlp.tools.util.featuregen.BigramNameFeatureGeneratorFactory\"/>"
                + "<generator class=\"opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory\">"
                + "<int name=\"prevLength\">2</int><int name=\"nextLength\">2</int>"
                + "<generator class=\"opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory\"/>"
                + "</generator></featureGenerators>";
        byte[] bytes = descriptor.getBytes(StandardCharsets.UTF_8);
        AdaptiveFeatureGenerator opennlp = GeneratorFactory.create(new ByteArrayInputStream(bytes), null);
        AdaptiveFeatureGenerator ours = FeatureDescriptors.generators(bytes, null);
        TextAnalyzer analyzer = NlpModels.load().newAnalyzer();
        int features = 0;
        for (Path file : articles()) {
            for (Sentence sentence : analyzer.analyze(Files.readString(file)).sentences()) {
                String[] words = new String[sentence.size()];
                for (int i = 0; i < words.length; i++) {
                    words[i] = sentence.token(i).text();
                }
                for (int i = 0; i < words.length; i++) {
                    List<String> expected = new ArrayList<>();
                    List<String> actual = new ArrayList<>();
                    opennlp.createFeatures(expected, words, i, null);
                    ours.createFeatures(actual, words, i, null);
                    assertEquals(expected, actual, file + ": " + words[i]);
                    features += actual.size();
                }
            }
        }
        assertTrue(features > 200_000, "features: " + features);
    }

    private static List<Path> articles() throws IOException {
        List<Path> articles = new ArrayList<>();
        for (String folder : List.of("dev", "news")) {
            try (Stream<Path> files = Files.list(Path.of("src/test/resources", folder))) {
                files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(articles::add);
            }
        }
        return articles;
    }

    @Test
    void posContextsAreOpenNlps() throws IOException {
        POSModel pos;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(NlpModels.POS_MODEL)) {
            pos = new POSModel(in);
        }
        TextAnalyzer analyzer = NlpModels.load().newAnalyzer();
        POSContextGenerator opennlp = pos.getFactory().getPOSContextGenerator(0);
        POSContextGenerator rebuilt = TextAnalyzer.posContext(pos);
        int tokens = 0;
        for (String folder : List.of("dev", "news")) {
            try (Stream<Path> files = Files.list(Path.of("src/test/resources", folder))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    for (Sentence sentence : analyzer.analyze(Files.readString(file)).sentences()) {
                        String[] words = new String[sentence.size()];
                        String[] tags = new String[sentence.size()];
                        for (int i = 0; i < words.length; i++) {
                            words[i] = sentence.token(i).text();
                            tags[i] = sentence.token(i).pos();
                        }
                        for (int i = 0; i < words.length; i++) {
                            assertArrayEquals(opennlp.getContext(i, words, tags, null),
                                    rebuilt.getContext(i, words, tags, null), file + ": " + words[i]);
                        }
                        tokens += words.length;
                    }
                }
            }
        }
        assertTrue(tokens > 20_000, "tokens: " + tokens);
    }
}
