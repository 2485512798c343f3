package org.geokg.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.geokg.GeoKgException;

/**
 * Reads the bundled tab-separated tables ({@code org/geokg/gazetteer/*.tsv}): a header line of column names, then one
 * row per line; lines starting with {@code #} and empty lines are skipped. Rows are maps from lower-case column names
 * to cell text ("" for a missing cell).
 */
public final class TsvResource {
    private static final String FOLDER = "org/geokg/gazetteer/";

    private TsvResource() {
    }

    /** Feeds every row of the bundled table with this file name to {@code rows}. */
    public static void read(String file, Consumer<Map<String, String>> rows) {
        String resource = FOLDER + file;
        InputStream in = TsvResource.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new GeoKgException("Classpath must contain '" + resource + "'");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String[] header = null;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.isEmpty()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (header == null) {
                    header = cells;
                    continue;
                }
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i].toLowerCase(Locale.ROOT), i < cells.length ? cells[i] : "");
                }
                rows.accept(Collections.unmodifiableMap(row));
            }
        } catch (IOException e) {
            throw new GeoKgException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    /** The values of a multi-valued cell ("a|b|c"), stripped, without blanks. */
    public static List<String> split(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (String value : cell.split("\\|")) {
            if (!value.isBlank()) {
                values.add(value.strip());
            }
        }
        return values;
    }

    /** The cell, or {@code null} when it is blank. */
    public static String blankToNull(String cell) {
        return cell == null || cell.isBlank() ? null : cell;
    }
}
