package org.geokg.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.geokg.GeoKgException;

/**
 * The split of an annotated folder into parts ({@code split.tsv} beside its {@code meetings.jsonl}): lines of
 * comments ({@code #}), the header {@code doc part}, then one row per article, its id and its part ({@code training}
 * or {@code tuning} in GeoKG's sets).
 *
 * @param file  the file it was read from
 * @param parts the part of each article, in the file's order
 */
public record MeetingSplit(Path file, Map<String, String> parts) {
    /** The name of the split file of a folder. */
    public static final String FILE = "split.tsv";

    public MeetingSplit {
        parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    }

    /** Reads a split file; a malformed row or an article placed twice is an error naming its line. */
    public static MeetingSplit read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GeoKgException(file + ": cannot read: " + e.getMessage(), e);
        }
        Map<String, String> parts = new LinkedHashMap<>();
        boolean header = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (header) {
                if (cells.length != 2 || !cells[0].equals("doc") || !cells[1].equals("part")) {
                    throw new BadSetException(file + ":" + (i + 1) + ": expected the header 'doc<TAB>part'");
                }
                header = false;
            } else if (cells.length != 2 || cells[0].isBlank() || cells[1].isBlank()) {
                throw new BadSetException(file + ":" + (i + 1) + ": expected an article id and its part");
            } else if (parts.put(cells[0], cells[1]) != null) {
                throw new BadSetException(file + ":" + (i + 1) + ": " + cells[0] + " is placed twice");
            }
        }
        return new MeetingSplit(file, parts);
    }

    /** The names of the parts, sorted. */
    public Set<String> partNames() {
        return new TreeSet<>(parts.values());
    }
}
