package org.geokg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Folders whose parts cannot be read: only the unreadable part is skipped, and named (permission denied, symlink
 * loop); a folder with no article says so. Tests run as root, where {@code chmod 000} stops nothing, so the reader
 * is given a directory listing that throws {@link AccessDeniedException} as the file system does for a user; the
 * test with real permissions runs when the user is not root.
 */
class ArticleDirectoryTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private static ArticleReaderTest.Collected read(ArticleReader reader, Path... paths) {
        ArticleReaderTest.Collected sink = new ArticleReaderTest.Collected();
        reader.read(List.of(paths), sink);
        return sink;
    }

    private static List<String> titles(ArticleReaderTest.Collected read) {
        return read.articles.stream().map(Article::title).toList();
    }

    private static List<String> problems(ArticleReaderTest.Collected read) {
        return read.problems.stream().map(BadArticleException::getMessage).toList();
    }

    private Path corpus() throws IOException {
        write("corpus/a.txt", "Alpha\nText.");
        write("corpus/locked/b.txt", "Beta\nText.");
        write("corpus/locked/deeper/c.txt", "Gamma\nText.");
        write("corpus/open/d.txt", "Delta\nText.");
        write("corpus/z.txt", "Zeta\nText.");
        return dir.resolve("corpus");
    }

    /** Issue 17: Files.walk threw at the locked folder, and the whole tree was skipped ("cannot list directory"). */
    @Test
    void anUnreadableSubdirectoryIsSkippedAndNamedAndTheFilesBesideItAreRead() throws IOException {
        Path root = corpus();
        Path locked = root.resolve("locked");
        ArticleReader reader = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES, directory -> {
            if (directory.equals(locked)) {
                throw new AccessDeniedException(directory.toString());
            }
            return Files.newDirectoryStream(directory);
        });
        ArticleReaderTest.Collected read = read(reader, root);
        assertEquals(List.of("Alpha", "Delta", "Zeta"), titles(read));
        assertEquals(List.of(locked + ": cannot list the directory: permission denied; skipped with everything under "
                + "it"), problems(read));
    }

    /** A listing that fails part way, as a directory can: what was listed before is kept. */
    @Test
    void aListingThatFailsPartWayKeepsWhatWasListed() throws IOException {
        Path root = corpus();
        Path open = root.resolve("open");
        ArticleReader reader = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES, directory -> {
            DirectoryStream<Path> real = Files.newDirectoryStream(directory);
            if (!directory.equals(open)) {
                return real;
            }
            return new DirectoryStream<>() {
                @Override
                public Iterator<Path> iterator() {
                    Iterator<Path> entries = real.iterator();
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return true;
                        }

                        @Override
                        public Path next() {
                            if (entries.hasNext()) {
                                return entries.next();
                            }
                            throw new DirectoryIteratorException(new AccessDeniedException(directory.toString()));
                        }
                    };
                }

                @Override
                public void close() throws IOException {
                    real.close();
                }
            };
        });
        ArticleReaderTest.Collected read = read(reader, root);
        assertEquals(List.of("Alpha", "Beta", "Gamma", "Delta", "Zeta"), titles(read));
        assertEquals(List.of(open + ": cannot list the directory: permission denied; skipped with everything under "
                + "it"), problems(read));
    }

    /** The same with real permissions, for a user that is not root. */
    @Test
    void withRealPermissions() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads every directory");
        Path root = corpus();
        Path locked = root.resolve("locked");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            ArticleReaderTest.Collected read = read(new ArticleReader(), root);
            assertEquals(List.of("Alpha", "Delta", "Zeta"), titles(read));
            assertEquals(List.of(locked + ": cannot list the directory: permission denied; skipped with everything "
                    + "under it"), problems(read));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** Issue 17: a link loop was ignored in a folder, and "no such file or directory" when named. */
    @Test
    void symlinkLoopsAndBrokenLinksAreNamedAsSuch() throws IOException {
        Path root = dir.resolve("links");
        write("links/a.txt", "Alpha\nText.");
        Path loop = Files.createSymbolicLink(root.resolve("loop.txt"), root.resolve("loop.txt"));
        Path broken = Files.createSymbolicLink(root.resolve("broken.json"), root.resolve("gone.json"));
        Files.createSymbolicLink(root.resolve("dir-link"), root);
        ArticleReaderTest.Collected read = read(new ArticleReader(), root);
        assertEquals(List.of("Alpha"), titles(read), "a link to a directory is not followed");
        assertEquals(List.of(broken + ": broken symlink (its target does not exist)", loop + ": symlink loop"),
                problems(read));
        assertEquals(List.of(loop + ": symlink loop"), problems(read(new ArticleReader(), loop)));
        assertEquals(List.of(broken + ": broken symlink (its target does not exist)"),
                problems(read(new ArticleReader(), broken)));
    }

    @Test
    void fileSystemErrorsAreNamedInWords() {
        assertEquals("permission denied", ArticleReader.reason(new AccessDeniedException("/x/a.txt")));
        assertEquals("symlink loop", ArticleReader.reason(new java.nio.file.FileSystemLoopException("/x")));
        assertEquals("symlink loop", ArticleReader.reason(new java.nio.file.FileSystemException("/x", null,
                "Too many levels of symbolic links")));
    }

    /** Issue 17: a folder without an article gave "ingested 0 articles" and nothing else. */
    @Test
    void aFolderWithNoArticleSaysNothingToIngest() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        write("other/readme.md", "# not an article");
        write("other/.hidden.txt", "Hidden\nText.");
        Path other = dir.resolve("other");
        assertEquals(List.of(empty + ": nothing to ingest (no .txt, .html, .json, .jsonl or .jsonl.gz file in it)",
                        other + ": nothing to ingest (no .txt, .html, .json, .jsonl or .jsonl.gz file in it)"),
                problems(read(new ArticleReader(), empty, other)));
    }
}
