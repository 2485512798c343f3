package org.geokg.lexicon;

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
 * Reads GeoKG's bundled tab-separated tables, the one loader of all its word and name tables: the gazetteers
 * ({@code gazetteer/*.tsv}) and the word tables ({@code lexicon/*.tsv}). A table has a header line of column names,
 * then one row per line; lines starting with {@code #} (what the table is for) and empty lines are skipped. Rows are
 * maps from lower-case column names to cell text ("" for a missing cell).
 *
 * <pre>
 * Table.read("lexicon/titles.tsv", row -&gt; titles.add(row.get("title")));
 * </pre>
 */
public final class Table {
    private static final String ROOT = "org/geokg/";

    private Table() {
    }

    /** Feeds every row of a bundled table, named by its path under {@code org/geokg/}, to {@code rows}. */
    public static void read(String table, Consumer<Map<String, String>> rows) {
        String resource = ROOT + table;
        InputStream in = Table.class.getClassLoader().getResourceAsStream(resource);
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

    /** Every row of a bundled table, in order. */
    public static List<Map<String, String>> rows(String table) {
        List<Map<String, String>> rows = new ArrayList<>();
        read(table, rows::add);
        return rows;
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

    /** Whether a yes/no cell says yes. */
    public static boolean yes(String cell) {
        return "yes".equals(cell);
    }
}
