package org.geokg.query;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.geokg.GeoKgException;

/**
 * Finds the text of a query named on the command line: a {@code .rq} file, a saved query bundled in the jar (the
 * files of {@code queries/}, by file name or by name without {@code .rq}), or else the argument itself as SPARQL.
 *
 * <pre>
 * Query query = SavedQueries.find("who-met-whom").parseWithDefaults();
 * </pre>
 */
public final class SavedQueries {
    private static final String RESOURCES = "org/geokg/queries/";

    private SavedQueries() {
    }

    /** The text of a query file, of a saved query, or the argument itself; a missing {@code .rq} file fails. */
    public static QueryText find(String argument) {
        Path file = Path.of(argument.length() < 4096 && !argument.contains("\n") ? argument : ".");
        if (argument.endsWith(".rq") || Files.isRegularFile(file)) {
            if (!Files.isRegularFile(file)) {
                InputStream bundled = bundled(file.getFileName().toString());
                if (bundled == null) {
                    throw new GeoKgException(argument + ": no such query file");
                }
                return new QueryText(read(bundled, argument), argument);
            }
            try {
                return new QueryText(Files.readString(file, StandardCharsets.UTF_8), argument);
            } catch (IOException e) {
                throw new GeoKgException(argument + ": cannot read: " + e.getMessage(), e);
            }
        }
        if (argument.matches("[a-z0-9-]+")) {
            InputStream bundled = bundled(argument + ".rq");
            if (bundled != null) {
                return new QueryText(read(bundled, argument), argument + ".rq");
            }
        }
        return new QueryText(argument, "query");
    }

    /** A saved query bundled in the jar: its name (the file name without {@code .rq}) and its {@code # title:}. */
    public record Saved(String name, String title) {
    }

    /** The saved queries bundled in the jar, by name. */
    public static List<Saved> list() {
        URL folder = SavedQueries.class.getClassLoader().getResource(RESOURCES);
        if (folder == null) {
            return List.of();
        }
        try {
            URI uri = folder.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return list(jar.getPath(RESOURCES));
                }
            }
            return list(Path.of(uri));
        } catch (IOException | URISyntaxException e) {
            throw new GeoKgException("cannot list the saved queries: " + e.getMessage(), e);
        }
    }

    private static List<Saved> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Saved> saved = new ArrayList<>();
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
                String title = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                        .filter(line -> line.startsWith("# title:")).map(line -> line.substring(8).trim())
                        .findFirst().orElse("");
                saved.add(new Saved(name, title));
            }
            return saved;
        }
    }

    private static InputStream bundled(String name) {
        return SavedQueries.class.getClassLoader().getResourceAsStream(RESOURCES + name);
    }

    private static String read(InputStream in, String name) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GeoKgException(name + ": cannot read: " + e.getMessage(), e);
        }
    }
}
