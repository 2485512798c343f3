package org.geokg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules of the code in {@code src/main/java}: no source file over 400 lines, and no word list in Java: a collection
 * written in code ({@code Set.of}, {@code List.of}, {@code Map.of}, an array) holds at most five words. Word
 * knowledge lives in the tables under {@code src/main/resources/org/geokg/lexicon/}.
 */
class SourceRulesTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final int MAX_LINES = 400;
    private static final int MAX_WORDS = 5;
    private static final Pattern COLLECTION = Pattern.compile(
            "\\b(?:Set|List|Stream|Map)\\.(?:of|ofEntries)\\s*\\(|\\bArrays\\.asList\\s*\\(|\\[\\]\\s*\\{");
    private static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    /** A word or a phrase of words, as a word list would hold it: letters first, no path or markup. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}'’][\\p{L}\\p{M}'’.\\- ]*");

    private static List<Path> sources() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void noSourceFileIsOverFourHundredLines() {
        List<String> long_ = sources().stream()
                .filter(f -> read(f).lines().count() > MAX_LINES)
                .map(f -> f + ": " + read(f).lines().count() + " lines")
                .toList();
        assertEquals(List.of(), long_);
    }

    @Test
    void noWordListIsLeftInJava() {
        List<String> lists = new ArrayList<>();
        for (Path file : sources()) {
            lists.addAll(wordLists(file.toString(), read(file)));
        }
        assertEquals(List.of(), lists);
    }

    /** The collections of more than five words written in a source, as "file:line: n words". */
    static List<String> wordLists(String name, String source) {
        String code = COMMENT.matcher(source).replaceAll(c -> Matcher.quoteReplacement(
                c.group().replaceAll("[^\\n]", " ")));
        List<String> found = new ArrayList<>();
        Matcher collection = COLLECTION.matcher(code);
        while (collection.find()) {
            int words = 0;
            Matcher string = STRING.matcher(code.substring(collection.end(), closing(code, collection.end())));
            while (string.find()) {
                if (WORD.matcher(string.group(1)).matches()) {
                    words++;
                }
            }
            if (words > MAX_WORDS) {
                long line = code.substring(0, collection.start()).lines().count();
                found.add(name + ":" + line + ": " + words + " words");
            }
        }
        return found;
    }

    /** The index of the bracket that closes the one just before {@code from}, skipping string literals. */
    private static int closing(String code, int from) {
        int depth = 1;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"') {
                for (i++; i < code.length() && code.charAt(i) != '"'; i++) {
                    if (code.charAt(i) == '\\') {
                        i++;
                    }
                }
            } else if (c == '(' || c == '{') {
                depth++;
            } else if ((c == ')' || c == '}') && --depth == 0) {
                return i;
            }
        }
        return code.length();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a snippet of Java                                                          | word lists found
            Set.of("a", "b", "c", "d", "e")                                               | 0
            Set.of("met", "meet", "meets", "meeting", "talks", "summit")                  | 1
            List.of("vice president", "prime minister", "king", "queen", "emir", "sultan") | 1
            new String[] {"Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Sen."}                   | 1
            Map.of("Person", "Q5", "State", "Q6256", "City", "Q515")                      | 0
            Map.of("/", "a/index.html", "/app.js", "a/app.js", "/x", "a/x", "/y", "a/y")  | 0
            // Set.of("a", "b", "c", "d", "e", "f")                                       | 0
            Set.of(f("a", "b"), "c", "d", "e", "f", "g")                                  | 1
            """)
    void theWordListCheckFindsWhatItShould(String snippet, int expected) {
        assertEquals(expected, wordLists("snippet", snippet).size(), snippet);
    }
}
