package org.geokg.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.StringList;
import org.geokg.ner.train.Gazetteers;
import org.junit.jupiter.api.Test;

/**
 * Each gazetteer that the name model's trainer builds, as the model stores it ({@link GazetteerKeysSerializer}), tags
 * the tokens of real articles, and sentences made of its own entries in several cases, as the longest match of
 * OpenNLP's {@link Dictionary} does: the filter of first tokens rules out no token that starts an entry.
 */
class GazetteerKeysTest {

    @Test
    void tagsAreTheLongestMatchesOfTheDictionary() throws IOException {
        List<String[]> sentences = articleSentences();
        int dictionaries = 0;
        long matches = 0;
        for (String name : Gazetteers.KEYS) {
            Dictionary dictionary = Gazetteers.dictionary(name);
            dictionaries++;
            GazetteerKeys keys = stored(GazetteerKeys.of(dictionary));
            List<String[]> all = new ArrayList<>(sentences);
            int n = 0;
            for (StringList entry : dictionary) {
                if (n++ % 7 == 0) {
                    String[] tokens = new String[entry.size() + 2];
                    tokens[0] = "Near";
                    for (int i = 0; i < entry.size(); i++) {
                        String token = entry.getToken(i);
                        tokens[i + 1] = switch (n % 3) {
                            case 0 -> token.toUpperCase(Locale.ROOT);
                            case 1 -> token.toLowerCase(Locale.ROOT);
                            default -> token;
                        };
                    }
                    tokens[tokens.length - 1] = ".";
                    all.add(tokens);
                }
            }
            for (String[] tokens : all) {
                char[] expected = longestMatches(dictionary, tokens);
                assertArrayEquals(expected, keys.tags(tokens), String.join(" ", tokens));
                for (char tag : expected) {
                    matches += tag == 'B' ? 1 : 0;
                }
            }
        }
        assertTrue(dictionaries >= 11, "dictionaries: " + dictionaries);
        assertTrue(matches > 10_000, "matches: " + matches);
    }

    /** The keys as a model stores and loads them. */
    private static GazetteerKeys stored(GazetteerKeys keys) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new GazetteerKeysSerializer().serialize(keys, bytes);
        return new GazetteerKeysSerializer().create(new ByteArrayInputStream(bytes.toByteArray()));
    }

    /** OpenNLP's way: at each token, the longest run of tokens that the dictionary contains. */
    private static char[] longestMatches(Dictionary dictionary, String[] tokens) {
        char[] tags = new char[tokens.length];
        Arrays.fill(tags, 'O');
        int i = 0;
        while (i < tokens.length) {
            int found = 0;
            for (int len = Math.min(dictionary.getMaxTokenCount(), tokens.length - i); len >= 1; len--) {
                if (dictionary.contains(new StringList(Arrays.copyOfRange(tokens, i, i + len)))) {
                    found = len;
                    break;
                }
            }
            if (found > 0) {
                tags[i] = 'B';
                Arrays.fill(tags, i + 1, i + found, 'I');
                i += found;
            } else {
                i++;
            }
        }
        return tags;
    }

    /** The lines of the dev and news articles, tokenized by OpenNLP's simple tokenizer. */
    static List<String[]> articleSentences() throws IOException {
        List<String[]> sentences = new ArrayList<>();
        for (String set : List.of("dev", "news")) {
            try (Stream<Path> files = Files.list(Path.of("src/test/resources", set))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    String text = JsonParser.parseString(Files.readString(file)).getAsJsonObject().get("text")
                            .getAsString();
                    for (String line : text.split("\n")) {
                        String[] tokens = SimpleTokenizer.INSTANCE.tokenize(line);
                        if (tokens.length > 0) {
                            sentences.add(tokens);
                        }
                    }
                }
            }
        }
        return sentences;
    }
}
