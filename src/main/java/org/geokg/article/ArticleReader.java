package org.geokg.article;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.geokg.text.HtmlText;
import org.jsoup.Jsoup;

/**
 * Reads articles from files and directories: {@code .txt} (first line is the title), {@code .html}/{@code .htm}
 * (main text via jsoup), {@code .json} (one article object or an array of them), {@code .jsonl} and
 * {@code .jsonl.gz} (one article object per line). Directories are walked recursively in name order; files of
 * other types found there are ignored. Every input that cannot be read is reported to the sink with its problem,
 * and reading goes on.
 *
 * <p>Thread safety: immutable, so safe to share.
 */
public final class ArticleReader {
    /** Largest single file (or JSON line) read, in bytes. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private final long maxBytes;

    public ArticleReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public ArticleReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Reads every path into memory; each input that cannot be read goes to {@code onSkip}. */
    public List<Article> readAll(List<Path> paths, java.util.function.Consumer<BadArticleException> onSkip) {
        List<Article> articles = new java.util.ArrayList<>();
        read(paths, new ArticleSink() {
            @Override
            public void accept(Article article) {
                articles.add(article);
            }

            @Override
            public void skip(BadArticleException problem) {
                onSkip.accept(problem);
            }
        });
        return articles;
    }

    /** Reads every path (file or directory) in order, handing articles and problems to the sink. */
    public void read(List<Path> paths, ArticleSink sink) {
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                readDirectory(path, sink);
            } else if (!Files.exists(path)) {
                sink.skip(new BadArticleException(path.toString(), "no such file or directory"));
            } else if (kind(path) == null) {
                sink.skip(new BadArticleException(path.toString(),
                        "unsupported file type (expected .txt, .html, .json, .jsonl or .jsonl.gz)"));
            } else {
                readFile(path, sink);
            }
        }
    }

    private void readDirectory(Path directory, ArticleSink sink) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(directory.relativize(p)))
                    .filter(p -> kind(p) != null)
                    .sorted()
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            sink.skip(new BadArticleException(directory.toString(), "cannot list directory: " + e.getMessage()));
            return;
        }
        files.forEach(file -> readFile(file, sink));
    }

    /** Whether a file or any directory on its path below the walked directory is hidden (starts with a dot). */
    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private void readFile(Path file, ArticleSink sink) {
        String source = file.toString();
        try {
            switch (kind(file)) {
                case "jsonl" -> readJsonLines(file, false, sink);
                case "jsonl.gz" -> readJsonLines(file, true, sink);
                case "json" -> readJsonFile(file, sink);
                case "html" -> sink.accept(htmlArticle(source, bytes(file)));
                default -> sink.accept(textArticle(source, decode(source, bytes(file))));
            }
        } catch (BadArticleException e) {
            sink.skip(e);
        } catch (IOException e) {
            sink.skip(new BadArticleException(source, "cannot read: " + e.getMessage()));
        }
    }

    private static String kind(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl.gz")) {
            return "jsonl.gz";
        }
        if (name.endsWith(".jsonl")) {
            return "jsonl";
        }
        if (name.endsWith(".json")) {
            return "json";
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return "html";
        }
        if (name.endsWith(".txt")) {
            return "txt";
        }
        return null;
    }

    private byte[] bytes(Path file) throws IOException {
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new BadArticleException(file.toString(),
                    "file too large (" + size + " bytes; the limit is " + maxBytes + ")");
        }
        return Files.readAllBytes(file);
    }

    /** Decodes strict UTF-8 (a leading byte-order mark is dropped), rejecting empty, binary and mis-encoded input. */
    static String decode(String source, byte[] bytes) {
        if (bytes.length == 0) {
            throw new BadArticleException(source, "empty file");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new BadArticleException(source, "binary content (NUL byte at offset " + i + "), not text");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        String text;
        try {
            text = decoder.decode(buffer).toString();
        } catch (CharacterCodingException e) {
            throw new BadArticleException(source, "not valid UTF-8 (bad byte sequence near byte offset "
                    + buffer.position() + ")");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new BadArticleException(source, "no text (only white space)");
        }
        return text;
    }

    private static Article textArticle(String source, String text) {
        int newline = text.indexOf('\n');
        String title = (newline < 0 ? text : text.substring(0, newline)).strip();
        return new Article(ArticleIds.of(null, null, text), source, null, title.isEmpty() ? null : title, null,
                text, Map.of());
    }

    private static Article htmlArticle(String source, byte[] bytes) {
        if (bytes.length == 0) {
            throw new BadArticleException(source, "empty file");
        }
        HtmlText page = HtmlText.of(Jsoup.parse(decode(source, bytes)));
        if (page.text().isBlank()) {
            throw new BadArticleException(source, "no text found in the HTML page");
        }
        LocalDate published = parseDate(page.published());
        Map<String, String> metadata = page.published() != null && published == null
                ? Map.of("date", page.published()) : Map.of();
        return new Article(ArticleIds.of(null, page.url(), page.text()), source, page.url(), page.title(),
                published, page.text(), metadata);
    }

    private void readJsonFile(Path file, ArticleSink sink) throws IOException {
        String source = file.toString();
        JsonElement root = parseJson(source, decode(source, bytes(file)));
        if (root.isJsonArray()) {
            JsonArray array = root.getAsJsonArray();
            for (int i = 0; i < array.size(); i++) {
                String itemSource = source + "[" + i + "]";
                try {
                    sink.accept(jsonArticle(itemSource, source, array.get(i)));
                } catch (BadArticleException e) {
                    sink.skip(e);
                }
            }
        } else {
            sink.accept(jsonArticle(source, source, root));
        }
    }

    private void readJsonLines(Path file, boolean gzipped, ArticleSink sink) throws IOException {
        String source = file.toString();
        if (Files.size(file) == 0) {
            throw new BadArticleException(source, "empty file");
        }
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = new BufferedInputStream(gzipped ? new GZIPInputStream(raw, 1 << 16) : raw, 1 << 16)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream(1 << 14);
            int lineNumber = 0;
            boolean tooLong = false;
            int b;
            while (true) {
                b = in.read();
                if (b == '\n' || b < 0) {
                    if (b >= 0 || line.size() > 0 || tooLong) {
                        lineNumber++;
                        String lineSource = source + ":" + lineNumber;
                        try {
                            if (tooLong) {
                                throw new BadArticleException(lineSource, "line too long (over " + maxBytes
                                        + " bytes)");
                            }
                            readJsonLine(lineSource, source, line.toByteArray()).ifPresent(sink::accept);
                        } catch (BadArticleException e) {
                            sink.skip(e);
                        }
                    }
                    line.reset();
                    tooLong = false;
                    if (b < 0) {
                        break;
                    }
                } else if (line.size() < maxBytes) {
                    line.write(b);
                } else {
                    tooLong = true;
                }
            }
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            sink.skip(new BadArticleException(source, "broken gzip stream: " + e.getMessage()));
        }
    }

    /**
     * Reads one line of a JSON-lines file (without its line break) as {@link #read} does, for readers that split the
     * file themselves: nothing for a blank line, else the article, with {@code fileSource} as its source.
     *
     * @throws BadArticleException naming {@code lineSource} when the line is too long, not UTF-8, not JSON or not an
     *                             article
     */
    public Optional<Article> readJsonLine(String lineSource, String fileSource, byte[] bytes) {
        if (bytes.length > maxBytes) {
            throw new BadArticleException(lineSource, "line too long (over " + maxBytes + " bytes)");
        }
        if (isBlank(bytes)) {
            return Optional.empty();
        }
        return Optional.of(jsonArticle(lineSource, fileSource, parseJson(lineSource, decode(lineSource, bytes))));
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /**
     * Parses JSON strictly: Gson's lenient default would take {@code "text": oops} as a string. Legacy-strict still
     * accepts raw control characters (tabs, ...) inside strings, which some feeds write.
     */
    private static JsonElement parseJson(String source, String json) {
        try {
            JsonReader reader = new JsonReader(new StringReader(json));
            reader.setStrictness(Strictness.LEGACY_STRICT);
            JsonElement root = JSON.read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new MalformedJsonException("unexpected data after the JSON value"
                        + reader.toString().replaceFirst("^JsonReader", ""));
            }
            return root;
        } catch (IOException | JsonParseException | IllegalStateException e) {
            Throwable cause = e instanceof JsonParseException && e.getCause() != null ? e.getCause() : e;
            String message = cause.getMessage() == null ? "syntax error" : cause.getMessage();
            int see = message.indexOf("\nSee ");
            throw new BadArticleException(source, "malformed JSON: " + (see < 0 ? message : message.substring(0, see)));
        }
    }

    private static final TypeAdapter<JsonElement> JSON = new Gson().getAdapter(JsonElement.class);

    private static Article jsonArticle(String source, String fileSource, JsonElement element) {
        if (!element.isJsonObject()) {
            throw new BadArticleException(source, "expected a JSON object with a \"text\" field");
        }
        JsonObject object = element.getAsJsonObject();
        String text = string(object, "text");
        if (text == null || text.isBlank()) {
            throw new BadArticleException(source, "no \"text\" field, or it is empty");
        }
        String id = string(object, "id");
        String url = string(object, "url");
        Map<String, String> metadata = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> field : object.entrySet()) {
            if (!List.of("id", "url", "title", "date", "text").contains(field.getKey())
                    && field.getValue().isJsonPrimitive()) {
                metadata.put(field.getKey(), field.getValue().getAsString());
            }
        }
        String date = string(object, "date");
        LocalDate published = parseDate(date);
        if (date != null && published == null) {
            metadata.put("date", date);
        }
        return new Article(ArticleIds.of(id, url, text), fileSource, url, string(object, "title"), published,
                text, metadata);
    }

    private static String string(JsonObject object, String field) {
        JsonElement value = object.get(field);
        return value == null || !value.isJsonPrimitive() ? null : value.getAsString();
    }

    /** An ISO date, or the date part of an ISO date-time; {@code null} when absent or unreadable. */
    static LocalDate parseDate(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip().substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
