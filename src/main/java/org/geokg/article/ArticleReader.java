package org.geokg.article;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
    private final Lister lister;

    /** Opens a directory's listing: {@link Files#newDirectoryStream(Path)}, or a test's file-system view. */
    @FunctionalInterface
    interface Lister {
        DirectoryStream<Path> open(Path directory) throws IOException;
    }

    public ArticleReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public ArticleReader(long maxBytes) {
        this(maxBytes, Files::newDirectoryStream);
    }

    ArticleReader(long maxBytes, Lister lister) {
        this.maxBytes = maxBytes;
        this.lister = lister;
    }

    /** Reads every path into memory; each input that cannot be read goes to {@code onSkip}. */
    public List<Article> readAll(List<Path> paths, java.util.function.Consumer<BadArticleException> onSkip) {
        List<Article> articles = new ArrayList<>();
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
                sink.skip(new BadArticleException(path.toString(), Files.isSymbolicLink(path) ? linkProblem(path)
                        : "no such file or directory"));
            } else if (kind(path) == null) {
                sink.skip(new BadArticleException(path.toString(),
                        "unsupported file type (expected .txt, .html, .json, .jsonl or .jsonl.gz)"));
            } else {
                readFile(path, sink);
            }
        }
    }

    /**
     * Reads the article files under a directory in path order. A subdirectory that cannot be listed is skipped and
     * named, and the files beside it are read; a directory with no article file at all is named too.
     */
    private void readDirectory(Path directory, ArticleSink sink) {
        List<Path> files = new ArrayList<>();
        List<BadArticleException> problems = new ArrayList<>();
        walk(directory, files, problems);
        problems.forEach(sink::skip);
        if (files.isEmpty() && problems.isEmpty()) {
            sink.skip(new BadArticleException(directory.toString(),
                    "nothing to ingest (no .txt, .html, .json, .jsonl or .jsonl.gz file in it)"));
        }
        files.stream().sorted().forEach(file -> readFile(file, sink));
    }

    /**
     * Collects the article files under a directory, not following links to directories and leaving out hidden
     * files and directories (their names start with a dot). A listing that fails part way keeps what it gave.
     */
    private void walk(Path directory, List<Path> files, List<BadArticleException> problems) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> listing = lister.open(directory)) {
            listing.forEach(entries::add);
        } catch (IOException | DirectoryIteratorException e) {
            IOException cause = e instanceof DirectoryIteratorException d ? d.getCause() : (IOException) e;
            problems.add(new BadArticleException(directory.toString(), "cannot list the directory: " + reason(cause)
                    + "; skipped with everything under it"));
        }
        entries.sort(null);
        for (Path entry : entries) {
            if (entry.getFileName().toString().startsWith(".")) {
                continue;
            }
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                walk(entry, files, problems);
            } else if (kind(entry) != null && Files.isRegularFile(entry)) {
                files.add(entry);
            } else if (kind(entry) != null && Files.isSymbolicLink(entry) && !Files.exists(entry)) {
                problems.add(new BadArticleException(entry.toString(), linkProblem(entry)));
            }
        }
    }

    /** Why a link leads nowhere: a loop of links, or a missing target. */
    private static String linkProblem(Path link) {
        try {
            link.toRealPath();
            return "no such file or directory";
        } catch (IOException e) {
            return e instanceof NoSuchFileException ? "broken symlink (its target does not exist)" : reason(e);
        }
    }

    /** The reason of a file-system error in words: permission denied, symlink loop, else the system's message. */
    static String reason(IOException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        } else if (e instanceof FileSystemLoopException || message.contains("Too many levels of symbolic links")) {
            return "symlink loop";
        } else if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        } else if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return message;
    }

    private void readFile(Path file, ArticleSink sink) {
        String source = file.toString();
        try {
            switch (kind(file)) {
                case "jsonl" -> readJsonLines(file, false, sink);
                case "jsonl.gz" -> readJsonLines(file, true, sink);
                case "json" -> readJsonFile(file, sink);
                case "html" -> sink.accept(htmlArticle(source, bytes(file)));
                default -> sink.accept(textArticle(source, ArticleText.decode(source, bytes(file))));
            }
        } catch (BadArticleException e) {
            sink.skip(e);
        } catch (IOException e) {
            sink.skip(new BadArticleException(source, "cannot read: " + reason(e)));
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
        HtmlText page = HtmlText.of(Jsoup.parse(ArticleText.decode(source, bytes)));
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
        JsonElement root = JsonArticles.parse(source, ArticleText.decode(source, bytes(file)));
        if (root.isJsonArray()) {
            JsonArray array = root.getAsJsonArray();
            if (array.isEmpty()) {
                throw new BadArticleException(source, "nothing to ingest (an empty JSON array)");
            }
            for (int i = 0; i < array.size(); i++) {
                String itemSource = source + "[" + i + "]";
                try {
                    sink.accept(JsonArticles.article(itemSource, source, array.get(i)));
                } catch (BadArticleException e) {
                    sink.skip(e);
                }
            }
        } else {
            sink.accept(JsonArticles.article(source, source, root));
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
            boolean anything = false;
            int b;
            while (true) {
                b = in.read();
                if (b == '\n' || b < 0) {
                    if (b >= 0 || line.size() > 0 || tooLong) {
                        lineNumber++;
                        String lineSource = source + ":" + lineNumber;
                        byte[] bytes = line.toByteArray();
                        if (lineNumber == 1 && ArticleText.isUtf16(bytes)) {
                            throw new BadArticleException(source, "UTF-16, which JSON lines (.jsonl) may not be; "
                                    + "convert the file to UTF-8");
                        }
                        try {
                            if (tooLong) {
                                throw new BadArticleException(lineSource, "line too long (over " + maxBytes
                                        + " bytes)");
                            }
                            Optional<Article> article = readJsonLine(lineSource, source, bytes);
                            article.ifPresent(sink::accept);
                            anything |= article.isPresent();
                        } catch (BadArticleException e) {
                            anything = true;
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
            if (!anything) {
                throw new BadArticleException(source, "nothing to ingest (only blank lines)");
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
        JsonElement json = JsonArticles.parse(lineSource, ArticleText.decode(lineSource, bytes));
        return Optional.of(JsonArticles.article(lineSource, fileSource, json));
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
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
