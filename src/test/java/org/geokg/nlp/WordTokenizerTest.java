package org.geokg.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The remembering tokenizer gives the tokens OpenNLP's TokenizerME gives, on every line of the test articles. */
class WordTokenizerTest {
    private static TokenizerModel model;
    private static List<String> lines;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = WordTokenizerTest.class.getClassLoader()
                .getResourceAsStream(NlpModels.TOKENIZER_MODEL)) {
            model = new TokenizerModel(in);
        }
        lines = new ArrayList<>(List.of("", " ", "U.S.-led talks", "Mr. Putin's \"deal\" (in 2024) failed...",
                "e-mail: info@example.org\tcost $4.5bn,", "a\u00a0b \u2014 c"));
        for (String folder : List.of("dev", "train", "news")) {
            try (Stream<Path> files = Files.list(Path.of("src/test/resources", folder))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    lines.addAll(Files.readString(file).lines().toList());
                }
            }
        }
    }

    @Test
    void sameTokensAsTokenizerMe() {
        TokenizerME plain = new TokenizerME(model);
        WordTokenizer remembering = new WordTokenizer(model);
        int tokens = 0;
        for (int pass = 0; pass < 2; pass++) { // the second pass finds every word remembered
            for (String line : lines) {
                var expected = plain.tokenizePos(line);
                assertArrayEquals(expected, remembering.tokenizePos(line), line);
                tokens += expected.length;
            }
        }
        assertTrue(tokens > 100_000, "tokens: " + tokens);
    }
}
