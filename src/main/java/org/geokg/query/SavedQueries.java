package org.geokg.query;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
