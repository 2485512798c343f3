package org.geokg.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
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
        WordTokenizer remembering = new WordTokenizer(model, new ConcurrentHashMap<>());
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

    @Test
    void tokenizersOfTwoThreadsShareTheirWords() throws Exception {
        TokenizerME plain = new TokenizerME(model);
        List<Span[]> expected = lines.stream().map(plain::tokenizePos).toList();
        Map<String, Span[]> shared = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Span[]>>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                WordTokenizer tokenizer = new WordTokenizer(model, shared);
                runs.add(pool.submit(() -> lines.stream().map(tokenizer::tokenizePos).toList()));
            }
            for (Future<List<Span[]>> run : runs) {
                List<Span[]> got = run.get();
                for (int i = 0; i < expected.size(); i++) {
                    assertArrayEquals(expected.get(i), got.get(i), lines.get(i));
                }
            }
        } finally {
            pool.shutdown();
        }
        assertTrue(shared.size() > 1000, "words remembered: " + shared.size());
    }
}
