package org.geokg.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import org.junit.jupiter.api.Test;

/**
 * The POS model's features built by {@link FeatureDescriptors} (no cache, windows over each word once) are OpenNLP's,
 * in the same order, for every token of the test articles.
 */
class FeatureDescriptorsTest {

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
