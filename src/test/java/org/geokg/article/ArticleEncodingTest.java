package org.geokg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bytes of an article file and what the reader makes of them: the text read, or the one-line error. The cases
 * marked (issue 17) failed before UTF-16, the type of {@code text}, the NUL and surrogate rules of JSON and the
 * JSON messages were fixed.
 */
class ArticleEncodingTest {
    @TempDir
    Path dir;

    private static final String BODY = "Leaders meet\nThe two leaders met in Geneva.";

    private static byte[] bytes(Charset charset, int... prefix) {
        byte[] body = BODY.getBytes(charset);
        byte[] all = new byte[prefix.length + body.length];
        for (int i = 0; i < prefix.length; i++) {
            all[i] = (byte) prefix[i];
        }
        System.arraycopy(body, 0, all, prefix.length, body.length);
        return all;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] utf16le(String s) {
        byte[] body = s.getBytes(StandardCharsets.UTF_16LE);
        byte[] all = new byte[body.length + 2];
        all[0] = (byte) 0xFF;
        all[1] = (byte) 0xFE;
        System.arraycopy(body, 0, all, 2, body.length);
        return all;
    }

    /** File name, its bytes, then the text expected, or null and what the one-line error says. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("utf8.txt", utf8(BODY), BODY, null),
                Arguments.of("utf8-bom.txt", bytes(StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF), BODY, null),
                // issue 17: UTF-16 with its byte-order mark was "binary content"
                Arguments.of("utf16le.txt", bytes(StandardCharsets.UTF_16LE, 0xFF, 0xFE), BODY, null),
                Arguments.of("utf16be.txt", bytes(StandardCharsets.UTF_16BE, 0xFE, 0xFF), BODY, null),
                Arguments.of("utf16le.json", utf16le("{\"text\": \"A \u00e9t\u00e9 \u4e2d.\"}"),
                        "A \u00e9t\u00e9 \u4e2d.", null),
                Arguments.of("utf16le.html", utf16le("<html><body><p>Body text.</p></body></html>"), "Body text.",
                        null),
                Arguments.of("utf16-no-bom.txt", BODY.getBytes(StandardCharsets.UTF_16LE), null,
                        "binary content (NUL byte at offset 1), not text"),
                Arguments.of("utf16-nul.txt", utf16le("A\0B"), null,
                        "binary content (NUL character at byte offset 4), not text"),
                Arguments.of("utf16-odd.txt", new byte[] {(byte) 0xFF, (byte) 0xFE, 'A', 0, 'B'}, null,
                        "not valid UTF-16"),
                Arguments.of("utf16-lone.txt", new byte[] {(byte) 0xFF, (byte) 0xFE, 'A', 0, 0, (byte) 0xD8, 'B', 0},
                        null, "not valid UTF-16"),
                Arguments.of("utf16.jsonl", utf16le("{\"text\": \"A.\"}\n"), null,
                        "UTF-16, which JSON lines (.jsonl) may not be; convert the file to UTF-8"),
                Arguments.of("latin1.txt", "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1), null,
                        "not valid UTF-8 (bad byte sequence near byte offset 3)"),
                // issue 17: a number was taken as the text "42", an array said "no text field, or it is empty"
                Arguments.of("number.json", utf8("{\"text\": 42}"), null, "\"text\" is a number, not a string"),
                Arguments.of("array.json", utf8("{\"text\": [\"A.\"]}"), null, "\"text\" is an array, not a string"),
                Arguments.of("object.json", utf8("{\"text\": {\"b\": \"A.\"}}"), null,
                        "\"text\" is an object, not a string"),
                Arguments.of("boolean.json", utf8("{\"text\": true}"), null, "\"text\" is a boolean, not a string"),
                Arguments.of("null.json", utf8("{\"text\": null}"), null, "\"text\" is null, not a string"),
                Arguments.of("blank.json", utf8("{\"text\": \" \"}"), null, "\"text\" is empty"),
                Arguments.of("no-text.json", utf8("{\"title\": \"T\"}"), null, "no \"text\" field"),
                Arguments.of("not-object.jsonl", utf8("\"A.\"\n"), null,
                        "expected a JSON object with a \"text\" field, not a string"),
                // issue 17: a \u0000 escape went into the store; a NUL byte in a file is binary content
                Arguments.of("nul.json", utf8("{\"text\": \"A\\u0000B\"}"), null,
                        "binary content (NUL character in \"text\"), not text"),
                Arguments.of("nul-title.jsonl", utf8("{\"title\": \"\\u0000\", \"text\": \"A.\"}\n"), null,
                        "binary content (NUL character in \"title\"), not text"),
                Arguments.of("nul-byte.json", utf8("{\"text\": \"A\0B\"}"), null,
                        "binary content (NUL byte at offset 11), not text"),
                // issue 17: a lone surrogate was stored as such, and exported as '?'
                Arguments.of("lone.json", utf8("{\"text\": \"A\\uD800B\"}"), "A\uFFFDB", null),
                Arguments.of("lone-low.jsonl", utf8("{\"text\": \"A\\uDC00\"}\n"), "A\uFFFD", null),
                Arguments.of("pair.json", utf8("{\"text\": \"A\\uD83D\\uDE00\"}"), "A\uD83D\uDE00", null),
                // issue 17: the errors spoke of JsonReader.setStrictness
                Arguments.of("unquoted.json", utf8("{\"text\": oops}"), null,
                        "malformed JSON at line 1, column 10: unquoted text 'oops' (a string takes double quotes"),
                Arguments.of("quotes.json", utf8("{'text': 'A.'}"), null,
                        "malformed JSON at line 1, column 2: single quotes (JSON strings take double quotes)"),
                Arguments.of("comment.json", utf8("// feed\n{\"text\": \"A.\"}"), null,
                        "malformed JSON at line 1, column 1: a comment (JSON has none)"),
                Arguments.of("comma.json", utf8("[{\"text\": \"A.\"},]"), null,
                        "malformed JSON at line 1, column 17: a comma before ']' (JSON has no trailing comma)"),
                Arguments.of("comma-object.json", utf8("{\"text\": \"A.\",}"), null,
                        "expected a field name in double quotes (no comma before '}')"),
                Arguments.of("colon.json", utf8("{\n\"text\" \"A.\"}"), null,
                        "malformed JSON at line 2, column 9: expected ':' after the field name"),
                Arguments.of("comma-missing.json", utf8("{\"text\": \"A.\" \"id\": \"x\"}"), null,
                        "expected ',' or '}' after the field's value"),
                Arguments.of("open.json", utf8("{\"text\": \"A.\""), null,
                        "the text ends inside the JSON (an object, array or string is not closed)"),
                Arguments.of("string.jsonl", utf8("{\"text\": \"A.}\n"), null, "a string is not closed"),
                Arguments.of("value.json", utf8("{\"text\": }"), null, "expected a value (a string in double quotes"),
                Arguments.of("escape.json", utf8("{\"text\": \"C:\\dir\"}"), null, "a bad escape in a string"),
                Arguments.of("two.json", utf8("{\"text\": \"A.\"} {\"text\": \"B.\"}"), null,
                        "malformed JSON at line 1: more data after the JSON value"),
                Arguments.of("nesting-bomb.json", utf8("[".repeat(100_000)), null, "nested too deeply"),
                Arguments.of("empty-array.json", utf8("[]"), null, "nothing to ingest (an empty JSON array)"),
                Arguments.of("blank.jsonl", utf8("\n  \r\n\n"), null, "nothing to ingest (only blank lines)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void bytesGiveTheTextOrOneLineError(String name, byte[] content, String text, String error) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        ArticleReaderTest.Collected read = new ArticleReaderTest.Collected();
        new ArticleReader().read(List.of(file), read);
        if (text != null) {
            assertEquals(List.of(), read.problems);
            assertEquals(1, read.articles.size());
            assertEquals(text, read.articles.get(0).text());
        } else {
            assertEquals(List.of(), read.articles);
            assertEquals(1, read.problems.size(), read.problems.toString());
            String message = read.problems.get(0).getMessage();
            assertTrue(message.startsWith(file.toString()), message);
            assertTrue(message.contains(error), message);
            assertFalse(message.contains("\n"), "one line: " + message);
            for (String leak : List.of("JsonReader", "setStrictness", "See https", "path $")) {
                assertFalse(message.contains(leak), message);
            }
        }
    }

    @Test
    void everyStringOfAnArticleIsWellFormed() {
        Article article = new Article("id-\uD800", "s", "http://x/\uDC00", "T\uD800", null, "A\uD800",
                Map.of("k\uDBFF", "v\uDFFF"));
        assertEquals("id-\uFFFD", article.id());
        assertEquals("http://x/\uFFFD", article.url());
        assertEquals("T\uFFFD", article.title());
        assertEquals("A\uFFFD", article.text());
        assertEquals(Map.of("k\uFFFD", "v\uFFFD"), article.metadata());
        String fine = "A \uD83D\uDE00 B";
        assertTrue(fine == ArticleText.wellFormed(fine), "a string with no lone surrogate is kept as it is");
    }

    /** A gzip bomb: 200 MB of one line in 200 KB; the line is refused at the size limit and the next one read. */
    @Test
    void aGzipBombIsRefusedAtTheLineLimit() throws IOException {
        Path file = dir.resolve("bomb.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(utf8("{\"text\": \""));
            byte[] block = utf8("a".repeat(1 << 20));
            for (int i = 0; i < 200; i++) {
                out.write(block);
            }
            out.write(utf8("\"}\n{\"id\": \"after\", \"text\": \"After the bomb.\"}\n"));
        }
        assertTrue(Files.size(file) < 1_000_000, "a bomb: " + Files.size(file) + " bytes");
        ArticleReaderTest.Collected read = new ArticleReaderTest.Collected();
        new ArticleReader(16L << 20).read(List.of(file), read);
        assertEquals(List.of("after"), read.articles.stream().map(Article::id).toList());
        assertEquals(List.of(file + ":1: line too long (over 16777216 bytes)"),
                read.problems.stream().map(BadArticleException::getMessage).toList());
    }

    @Test
    void aFileOverTheLimitIsRefusedUnread() throws IOException {
        ByteArrayOutputStream big = new ByteArrayOutputStream();
        big.write(utf8("Title\n" + "word ".repeat(300)));
        Path file = dir.resolve("big.txt");
        Files.write(file, big.toByteArray());
        ArticleReaderTest.Collected read = new ArticleReaderTest.Collected();
        new ArticleReader(1000).read(List.of(file), read);
        assertEquals(List.of(file + ": file too large (1506 bytes; the limit is 1000)"),
                read.problems.stream().map(BadArticleException::getMessage).toList());
    }
}
