package org.geokg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    @TempDir
    Path dir;

    /** Collects what the reader hands over. */
    static final class Collected implements ArticleSink {
        final List<Article> articles = new ArrayList<>();
        final List<BadArticleException> problems = new ArrayList<>();

        @Override
        public void accept(Article article) {
            articles.add(article);
        }

        @Override
        public void skip(BadArticleException problem) {
            problems.add(problem);
        }
    }

    private static Collected read(ArticleReader reader, Path... paths) {
        Collected sink = new Collected();
        reader.read(List.of(paths), sink);
        return sink;
    }

    private static Collected read(Path... paths) {
        return read(new ArticleReader(), paths);
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return file;
    }

    private static Article single(Collected c) {
        assertEquals(List.of(), c.problems, "no problems expected");
        assertEquals(1, c.articles.size(), "one article expected");
        return c.articles.get(0);
    }

    private static BadArticleException singleProblem(Collected c) {
        assertEquals(List.of(), c.articles, "no articles expected");
        assertEquals(1, c.problems.size(), "one problem expected: " + c.problems);
        return c.problems.get(0);
    }

    private static void assertProblem(BadArticleException e, Path file, String... words) {
        assertEquals(file.toString(), e.source());
        assertTrue(e.getMessage().startsWith(file.toString() + ": "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        for (String word : words) {
            assertTrue(e.problem().toLowerCase().contains(word.toLowerCase()),
                    "problem should mention '" + word + "': " + e.problem());
        }
    }

    // ---- supported formats -------------------------------------------------------------------------------

    @Test
    void textFileFirstLineIsTitleAndWholeContentIsText() throws IOException {
        String content = "Leaders meet in Geneva\n\nThe two leaders met on Monday.\n";
        Path file = write("a.txt", content);
        Article a = single(read(file));
        assertEquals("Leaders meet in Geneva", a.title());
        assertEquals(content, a.text());
        assertEquals(file.toString(), a.source());
        assertNull(a.url());
        assertNull(a.published());
        assertTrue(a.id().startsWith("sha-"), a.id());
        assertEquals(Map.of(), a.metadata());
    }

    @Test
    void textFileWithCrLfHasTitleWithoutCarriageReturn() throws IOException {
        Article a = single(read(write("crlf.txt", "Headline here\r\nBody text.\r\n")));
        assertEquals("Headline here", a.title());
        assertEquals("Headline here\r\nBody text.\r\n", a.text());
    }

    @Test
    void upperCaseExtensionIsRecognised() throws IOException {
        Article a = single(read(write("SHOUT.TXT", "Title\nBody.")));
        assertEquals("Title", a.title());
    }

    @Test
    void byteOrderMarkIsDropped() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "Title\nBody.".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        Article a = single(read(write("bom.txt", all)));
        assertEquals("Title", a.title());
        assertEquals("Title\nBody.", a.text());
        assertFalse(a.text().contains("\uFEFF"));

        byte[] json = "{\"id\":\"b1\",\"text\":\"Body.\"}".getBytes(StandardCharsets.UTF_8);
        byte[] jsonAll = new byte[3 + json.length];
        System.arraycopy(bom, 0, jsonAll, 0, 3);
        System.arraycopy(json, 0, jsonAll, 3, json.length);
        assertEquals("b1", single(read(write("bom.json", jsonAll))).id());
        assertEquals("b1", single(read(write("bom.jsonl", jsonAll))).id());
    }

    @Test
    void htmlFileGivesMainTextTitleDateAndUrl() throws IOException {
        String html = """
                <!doctype html><html><head><title>Page title | Site</title>
                <meta property="og:title" content="Leaders meet in Geneva">
                <meta property="article:published_time" content="2023-03-21T09:30:00Z">
                <link rel="canonical" href="https://news.example.org/leaders-meet">
                </head><body><nav><a href="/">Home</a></nav>
                <article><h1>Leaders meet in Geneva</h1><p>The two leaders met on Monday.</p></article>
                <footer>Copyright</footer></body></html>
                """;
        Article a = single(read(write("page.html", html)));
        assertEquals("Leaders meet in Geneva", a.title());
        assertEquals(LocalDate.of(2023, 3, 21), a.published());
        assertEquals("https://news.example.org/leaders-meet", a.url());
        assertEquals("Leaders meet in Geneva\n\nThe two leaders met on Monday.", a.text());
        assertEquals(ArticleIds.of(null, "https://news.example.org/leaders-meet", a.text()), a.id());
        assertTrue(a.id().startsWith("url-"), a.id());
        assertEquals(single(read(write("page.htm", html))).id(), a.id(), ".htm is read the same way");
    }

    @Test
    void jsonObjectWithAllFields() throws IOException {
        Path file = write("one.json", """
                {"id": "a-17", "url": "https://example.org/x", "title": "T", "date": "2023-03-21T10:00:00+01:00",
                 "text": "Body.", "publisher": "Example News", "license": "CC-BY-4.0", "wordCount": 2,
                 "tags": ["a", "b"], "extra": {"nested": true}}
                """);
        Article a = single(read(file));
        assertEquals("a-17", a.id());
        assertEquals("https://example.org/x", a.url());
        assertEquals("T", a.title());
        assertEquals(LocalDate.of(2023, 3, 21), a.published());
        assertEquals("Body.", a.text());
        assertEquals(file.toString(), a.source());
        assertEquals("Example News", a.metadata().get("publisher"));
        assertEquals("CC-BY-4.0", a.metadata().get("license"));
        assertEquals("2", a.metadata().get("wordCount"));
        assertFalse(a.metadata().containsKey("text"));
        assertFalse(a.metadata().containsKey("id"));
        assertFalse(a.metadata().containsKey("date"), "a readable date is not repeated in the metadata");
    }

    @Test
    void jsonArrayGivesEveryArticleAndReportsBadItemsWithIndex() throws IOException {
        Path file = write("many.json", """
                [{"id": "1", "text": "First."}, {"id": "2"}, "not an object", {"id": "3", "text": "Third."}]
                """);
        Collected c = read(file);
        assertEquals(List.of("1", "3"), c.articles.stream().map(Article::id).toList());
        assertEquals(2, c.problems.size());
        assertEquals(file + "[1]", c.problems.get(0).source());
        assertTrue(c.problems.get(0).problem().contains("\"text\""), c.problems.get(0).problem());
        assertEquals(file + "[2]", c.problems.get(1).source());
        assertTrue(c.problems.get(1).problem().contains("object"), c.problems.get(1).problem());
    }

    @Test
    void jsonLinesSkipsBadLineWithItsNumberAndGoesOn() throws IOException {
        Path file = write("lines.jsonl", """
                {"id": "l1", "text": "One."}

                {"id": "l3", "text": "Three.
                {"id": "l4", "title": "no text"}
                {"id": "l5", "text": "Five."}
                """);
        Collected c = read(file);
        assertEquals(List.of("l1", "l5"), c.articles.stream().map(Article::id).toList());
        assertEquals(2, c.problems.size(), c.problems.toString());
        assertEquals(file + ":3", c.problems.get(0).source());
        assertTrue(c.problems.get(0).problem().startsWith("malformed JSON"), c.problems.get(0).problem());
        assertEquals(file + ":4", c.problems.get(1).source());
        assertTrue(c.problems.get(1).problem().contains("\"text\""));
    }

    @Test
    void oneJsonLineReadsAsTheFileReaderReadsIt() throws IOException {
        String line = "{\"url\": \"https://example.org/a\", \"title\": \"T\", \"date\": \"2024-05-01\", "
                + "\"publisher\": \"P\", \"text\": \"Some text.\"}";
        Path file = write("one.jsonl", line + "\n");
        ArticleReader reader = new ArticleReader(150);
        Article alone = reader.readJsonLine("one.jsonl@0", file.toString(), line.getBytes(StandardCharsets.UTF_8))
                .orElseThrow();
        assertEquals(single(read(file)), alone);
        assertTrue(reader.readJsonLine("x", "f", " \t\r".getBytes(StandardCharsets.UTF_8)).isEmpty());
        BadArticleException bad = org.junit.jupiter.api.Assertions.assertThrows(BadArticleException.class,
                () -> reader.readJsonLine("f@12", "f", "{\"text\": oops}".getBytes(StandardCharsets.UTF_8)));
        assertEquals("f@12", bad.source());
        assertTrue(bad.problem().startsWith("malformed JSON"), bad.problem());
        bad = org.junit.jupiter.api.Assertions.assertThrows(BadArticleException.class,
                () -> reader.readJsonLine("f@0", "f", ("{\"text\": \"" + "x".repeat(200) + "\"}")
                        .getBytes(StandardCharsets.UTF_8)));
        assertTrue(bad.problem().contains("too long"), bad.problem());
    }

    @Test
    void jsonLinesWithCrLfAndNoFinalNewline() throws IOException {
        Collected c = read(write("crlf.jsonl", "{\"id\":\"a\",\"text\":\"A.\"}\r\n{\"id\":\"b\",\"text\":\"B.\"}"));
        assertEquals(List.of(), c.problems);
        assertEquals(List.of("a", "b"), c.articles.stream().map(Article::id).toList());
    }

    @Test
    void gzippedJsonLines() throws IOException {
        Path file = dir.resolve("batch.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("{\"id\":\"g1\",\"text\":\"One.\"}\n{\"id\":\"g2\",\"text\":\"Two.\"}\n"
                    .getBytes(StandardCharsets.UTF_8));
        }
        Collected c = read(file);
        assertEquals(List.of(), c.problems);
        assertEquals(List.of("g1", "g2"), c.articles.stream().map(Article::id).toList());
    }

    @Test
    void brokenGzipIsReported() throws IOException {
        Path file = write("broken.jsonl.gz", "this is not gzip at all");
        assertProblem(singleProblem(read(file)), file, "gzip");
    }

    @Test
    void truncatedGzipIsReportedAfterTheCompleteLines() throws IOException {
        Path full = dir.resolve("full.jsonl.gz");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            lines.append("{\"id\":\"t").append(i).append("\",\"text\":\"Line ").append(i).append(" of text.\"}\n");
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(full))) {
            out.write(lines.toString().getBytes(StandardCharsets.UTF_8));
        }
        byte[] bytes = Files.readAllBytes(full);
        Path cut = write("cut.jsonl.gz", java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Collected c = read(cut);
        assertFalse(c.articles.isEmpty(), "the lines before the break are read");
        assertTrue(c.articles.size() < 2000);
        assertEquals(1, c.problems.stream().filter(p -> p.problem().contains("gzip")).count(), c.problems.toString());
    }

    // ---- bad inputs -------------------------------------------------------------------------------------

    @Test
    void emptyFilesAreRejected() throws IOException {
        for (String name : List.of("e.txt", "e.html", "e.json", "e.jsonl")) {
            Path file = write(name, new byte[0]);
            assertProblem(singleProblem(read(file)), file, "empty");
        }
    }

    @Test
    void whiteSpaceOnlyTextIsRejected() throws IOException {
        Path file = write("blank.txt", " \n\t\n");
        assertProblem(singleProblem(read(file)), file, "no text");
    }

    @Test
    void binaryFileIsRejected() throws IOException {
        Path file = write("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertProblem(singleProblem(read(file)), file, "binary", "offset 4");
    }

    @Test
    void nulByteLateInTheFileIsRejectedToo() throws IOException {
        byte[] bytes = ("Title\n" + "word ".repeat(4000)).getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 3] = 0;
        Path file = write("late-nul.txt", bytes);
        assertProblem(singleProblem(read(file)), file, "binary", "offset " + (bytes.length - 3));
    }

    @Test
    void htmlWithByteOrderMark() throws IOException {
        byte[] html = "<html><head><title>T</title></head><body><p>Body text.</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[html.length + 3];
        all[0] = (byte) 0xEF;
        all[1] = (byte) 0xBB;
        all[2] = (byte) 0xBF;
        System.arraycopy(html, 0, all, 3, html.length);
        Article a = single(read(write("bom.html", all)));
        assertEquals("T", a.title());
        assertEquals("Body text.", a.text());
    }

    @Test
    void binaryHtmlIsRejected() throws IOException {
        Path file = write("image.html", new byte[] {'<', 'p', '>', 0, 1, 2});
        assertProblem(singleProblem(read(file)), file, "binary");
    }

    @Test
    void invalidUtf8IsRejectedWithByteOffset() throws IOException {
        byte[] latin1 = "Caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1);
        Path file = write("latin1.txt", latin1);
        assertProblem(singleProblem(read(file)), file, "UTF-8", "offset 3");
    }

    @Test
    void invalidUtf8InHtmlIsRejected() throws IOException {
        byte[] latin1 = "<p>Caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1);
        Path file = write("latin1.html", latin1);
        assertProblem(singleProblem(read(file)), file, "UTF-8", "offset 6");
    }

    @Test
    void malformedJsonNamesLineAndColumn() throws IOException {
        Path file = write("bad.json", "{\n  \"id\": \"x\",\n  \"text\": oops\n}\n");
        BadArticleException e = singleProblem(read(file));
        assertProblem(e, file, "malformed JSON", "line 3");
        assertFalse(e.problem().contains("See "), "no Gson troubleshooting link: " + e.problem());
    }

    @Test
    void rawTabInsideAJsonStringIsTolerated() throws IOException {
        assertEquals("A\tB.", single(read(write("tab.json", "{\"text\": \"A\tB.\"}"))).text());
    }

    @Test
    void jsonWithTrailingDataIsRejected() throws IOException {
        Path file = write("two.json", "{\"id\": \"a\", \"text\": \"A.\"} {\"id\": \"b\", \"text\": \"B.\"}");
        assertProblem(singleProblem(read(file)), file, "malformed JSON");
    }

    @Test
    void lenientJsonSyntaxIsRejected() throws IOException {
        Path quotes = write("single.json", "{'id': 'a', 'text': 'Single quotes.'}");
        assertProblem(singleProblem(read(quotes)), quotes, "malformed JSON");
        Path comment = write("comment.jsonl", "{\"id\": \"a\", \"text\": \"A.\"} # trailing comment\n");
        Collected c = read(comment);
        assertEquals(List.of(), c.articles);
        assertEquals(List.of(comment + ":1"), c.problems.stream().map(BadArticleException::source).toList());
    }

    @Test
    void jsonWithoutTextIsRejected() throws IOException {
        Path file = write("notext.json", "{\"id\": \"x\", \"title\": \"Only a title\"}");
        assertProblem(singleProblem(read(file)), file, "\"text\"");
        Path empty = write("emptytext.json", "{\"id\": \"x\", \"text\": \"   \"}");
        assertProblem(singleProblem(read(empty)), empty, "\"text\"");
        Path nested = write("nestedtext.json", "{\"id\": \"x\", \"text\": {\"body\": \"Hello.\"}}");
        assertProblem(singleProblem(read(nested)), nested, "\"text\"");
    }

    @Test
    void tooLargeFileIsRejected() throws IOException {
        ArticleReader reader = new ArticleReader(100);
        Path file = write("big.txt", "Title\n" + "x".repeat(200));
        assertProblem(singleProblem(read(reader, file)), file, "too large", "100");
        Path small = write("small.txt", "Title\nBody.");
        assertEquals("Title", single(read(reader, small)).title());
        Path json = write("big.json", "{\"text\": \"" + "x".repeat(200) + "\"}");
        assertProblem(singleProblem(read(reader, json)), json, "too large");
    }

    @Test
    void tooLongJsonLineIsSkippedAndTheRestRead() throws IOException {
        ArticleReader reader = new ArticleReader(100);
        Path file = write("long.jsonl", "{\"id\":\"s1\",\"text\":\"Short.\"}\n{\"id\":\"big\",\"text\":\""
                + "x".repeat(300) + "\"}\n{\"id\":\"s3\",\"text\":\"Short.\"}\n");
        Collected c = read(reader, file);
        assertEquals(List.of("s1", "s3"), c.articles.stream().map(Article::id).toList());
        assertEquals(1, c.problems.size());
        assertEquals(file + ":2", c.problems.get(0).source());
        assertTrue(c.problems.get(0).problem().contains("too long"), c.problems.get(0).problem());
    }

    @Test
    void unsupportedExtensionNamedExplicitlyIsRejected() throws IOException {
        Path file = write("notes.docx", "Title\nBody.");
        assertProblem(singleProblem(read(file)), file, "unsupported");
    }

    @Test
    void missingPathIsRejected() {
        Path missing = dir.resolve("nowhere.txt");
        assertProblem(singleProblem(read(missing)), missing, "no such file");
    }

    @Test
    void badLineInJsonLinesIsReportedWithFileAndLine() throws IOException {
        byte[] good = "{\"id\":\"ok\",\"text\":\"Fine.\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xE9, '"', '}', '\n'};
        byte[] all = new byte[good.length + bad.length];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        Path file = write("mixed.jsonl", all);
        Collected c = read(file);
        assertEquals(List.of("ok"), c.articles.stream().map(Article::id).toList());
        assertEquals(1, c.problems.size());
        assertEquals(file + ":2", c.problems.get(0).source());
        assertTrue(c.problems.get(0).problem().contains("UTF-8"), c.problems.get(0).problem());
    }

    // ---- directories ------------------------------------------------------------------------------------

    @Test
    void directoryReadsGoodFilesReportsBadOnesAndIgnoresOthers() throws IOException {
        Path root = dir.resolve("batch");
        write("batch/a.txt", "Alpha\nText of alpha.");
        write("batch/sub/b.json", "{\"id\": \"b\", \"text\": \"Beta.\"}");
        write("batch/sub/deeper/c.jsonl", "{\"id\": \"c\", \"text\": \"Gamma.\"}\n");
        Path empty = write("batch/d-empty.txt", new byte[0]);
        Path broken = write("batch/e-broken.json", "{\"text\": ");
        write("batch/readme.md", "# not an article");
        write("batch/image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0});
        write("batch/.hidden.txt", "Hidden\nShould be skipped.");
        Collected c = read(root);
        assertEquals(List.of("Alpha", "b", "c"), c.articles.stream()
                .map(a -> a.id().startsWith("sha-") ? a.title() : a.id()).toList());
        assertEquals(List.of(empty.toString(), broken.toString()),
                c.problems.stream().map(BadArticleException::source).toList());
    }

    @Test
    void filesInHiddenDirectoriesAreSkipped() throws IOException {
        Path root = dir.resolve("corpus");
        write("corpus/a.txt", "Alpha\nText.");
        write("corpus/.cache/old.json", "{\"id\": \"stale\", \"text\": \"Stale copy.\"}");
        write("corpus/.git/broken.json", "{");
        Collected c = read(root);
        assertEquals(List.of(), c.problems, "nothing under a hidden directory is read");
        assertEquals(List.of("Alpha"), c.articles.stream().map(Article::title).toList());
    }

    // ---- ids ----------------------------------------------------------------------------------------------

    @Test
    void idsAreStableAndFollowThePrecedence() throws IOException {
        Path withId = write("id.json", "{\"id\": \" given \", \"url\": \"https://e.org/1\", \"text\": \"Same.\"}");
        Path withUrl = write("url.json", "{\"url\": \"https://e.org/1\", \"text\": \"Same.\"}");
        Path withUrl2 = write("url2.json", "{\"url\": \"https://e.org/1\", \"text\": \"Different text.\"}");
        Path plain = write("plain.json", "{\"text\": \"Same.\"}");
        Path plain2 = write("plain2.json", "{\"text\": \"Same.\", \"publisher\": \"Other\"}");
        Path txt = write("same.txt", "Same.");

        assertEquals("given", single(read(withId)).id());
        String urlId = single(read(withUrl)).id();
        assertTrue(urlId.startsWith("url-"), urlId);
        assertEquals(urlId, single(read(withUrl)).id(), "same input, same id");
        assertEquals(urlId, single(read(withUrl2)).id(), "the URL decides, not the text");
        String shaId = single(read(plain)).id();
        assertTrue(shaId.startsWith("sha-"), shaId);
        assertEquals(shaId, single(read(plain2)).id());
        assertEquals(shaId, single(read(txt)).id(), "same text, same id whatever the format");
        assertNotEquals(shaId, single(read(write("other.txt", "Other."))).id());
    }

    @Test
    void articleIdsOf() {
        assertEquals("x", ArticleIds.of("x", "https://a", "t"));
        assertEquals(ArticleIds.of(null, "https://a", "t"), ArticleIds.of("  ", " https://a ", "other"));
        assertEquals(ArticleIds.of(null, null, "t"), ArticleIds.of(null, " ", "t"));
        assertEquals(24, ArticleIds.of(null, null, "t").length());
        assertNotEquals(ArticleIds.of(null, null, "t"), ArticleIds.of(null, null, "u"));
    }

    // ---- dates and metadata -------------------------------------------------------------------------------

    @Test
    void unreadableDateIsKeptInMetadata() throws IOException {
        Article a = single(read(write("d.json", "{\"text\": \"Body.\", \"date\": \"21/03/2023\"}")));
        assertNull(a.published());
        assertEquals("21/03/2023", a.metadata().get("date"));
        Article shortDate = single(read(write("d2.json", "{\"text\": \"Body.\", \"date\": \"March\"}")));
        assertNull(shortDate.published());
        assertEquals("March", shortDate.metadata().get("date"));
    }

    @Test
    void unreadableHtmlDateIsKeptInMetadata() throws IOException {
        Article a = single(read(write("d.html", "<html><head><meta property='article:published_time' "
                + "content='Tuesday, May 14'></head><body><p>Body.</p></body></html>")));
        assertNull(a.published());
        assertEquals("Tuesday, May 14", a.metadata().get("date"));
    }

    @Test
    void parseDate() {
        assertEquals(LocalDate.of(2023, 3, 21), ArticleReader.parseDate("2023-03-21"));
        assertEquals(LocalDate.of(2023, 3, 21), ArticleReader.parseDate("2023-03-21T23:59:00-05:00"));
        assertEquals(LocalDate.of(2023, 3, 21), ArticleReader.parseDate(" 2023-03-21 "));
        assertNull(ArticleReader.parseDate("2023-02-30"));
        assertNull(ArticleReader.parseDate("March 21, 2023"));
        assertNull(ArticleReader.parseDate(null));
        assertNull(ArticleReader.parseDate(""));
    }

    @Test
    void metadataKeepsSourceOrder() throws IOException {
        Article a = single(read(write("m.json",
                "{\"text\": \"Body.\", \"zeta\": \"1\", \"alpha\": \"2\", \"publisher\": \"P\", \"license\": \"L\"}")));
        assertEquals(List.of("zeta", "alpha", "publisher", "license"), List.copyOf(a.metadata().keySet()));
    }
}
