package org.geokg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.geokg.GeoKgException;

/** Store directories on disk. */
public final class Directories {
    private Directories() {
    }

    /** Deletes a directory and everything in it; a missing directory is no error. */
    public static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new GeoKgException(directory + ": cannot remove: " + e.getMessage(), e);
        }
    }
}
