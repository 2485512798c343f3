package org.geokg.cases;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Test cases as a table: a TSV file on the test classpath (under {@code src/test/resources/cases/}), one case a line.
 * Lines starting with {@code #} are comments and blank lines are skipped. The first other line names the columns;
 * every later line is a case, its cells separated by tabs. In a cell, {@code \n} stands for a line break,
 * {@code \t} for a tab and {@code \\} for a backslash. The first column is the case's id, unique in the file, which
 * names the case in test reports. When the last column's name ends in {@code ...}, a row holds one or more cells
 * there.
 *
 * <pre>
 * static List&lt;CaseTable.Row&gt; cases() {
 *     return CaseTable.read("cases/dates.tsv", "id", "published", "tense", "sentence", "dates");
 * }
 * </pre>
 */
public final class CaseTable {
    private static final String REPEATED = "...";

    private CaseTable() {
    }

    /**
     * One case.
     *
     * @param file    the table's resource path
     * @param line    the case's line number in the file, from 1
     * @param columns the column names, as in the file's header
     * @param cells   the unescaped cells
     */
    public record Row(String file, int line, List<String> columns, List<String> cells) {
        public Row {
            columns = List.copyOf(columns);
            cells = List.copyOf(cells);
        }

        /** The case's id: its first cell. */
        public String id() {
            return cells.get(0);
        }

        /** The cell of a column. */
        public String get(String column) {
            return cells.get(index(column));
        }

        /** The cells of the repeated last column, named without its {@code ...}. */
        public List<String> all(String column) {
            int index = index(column);
            if (index != columns.size() - 1 || !columns.get(index).endsWith(REPEATED)) {
                throw new IllegalArgumentException(file + ": column '" + column + "' is not the repeated last column");
            }
            return cells.subList(index, cells.size());
        }

        /** Where the case is, for failure messages: {@code cases/dates.tsv:12 monthDayYear}. */
        public String where() {
            return file + ":" + line + " " + id();
        }

        private int index(String column) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).equals(column) || columns.get(i).equals(column + REPEATED)) {
                    return i;
                }
            }
            throw new IllegalArgumentException(file + " has no column '" + column + "': " + columns);
        }

        /** The id, so that a parameterized test names its cases by id. */
        @Override
        public String toString() {
            return id();
        }
    }

    /**
     * Reads a table from the test classpath and checks that its header names the columns the test expects, that
     * every row fills them, and that the ids are unique.
     *
     * @param resource the table's path on the classpath, such as {@code cases/dates.tsv}
     * @param columns  the column names the test expects, the last one ending in {@code ...} if it repeats
     */
    public static List<Row> read(String resource, String... columns) {
        InputStream in = CaseTable.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Classpath must contain '" + resource + "' (src/test/resources/"
                    + resource + ")");
        }
        List<String> expected = List.of(columns);
        boolean repeated = expected.get(expected.size() - 1).endsWith(REPEATED);
        List<Row> rows = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<String> header = null;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = Arrays.asList(line.split("\t", -1));
                String where = resource + ":" + number;
                if (header == null) {
                    if (!cells.equals(expected)) {
                        throw new IllegalStateException(where + ": the columns are " + cells + ", the test reads "
                                + expected);
                    }
                    header = cells;
                    continue;
                }
                if (repeated ? cells.size() < expected.size() : cells.size() != expected.size()) {
                    throw new IllegalStateException(where + ": " + cells.size() + " cells, expected "
                            + (repeated ? "at least " : "") + expected.size() + " " + expected
                            + " separated by tabs: " + line);
                }
                List<String> unescaped = new ArrayList<>(cells.size());
                for (String cell : cells) {
                    unescaped.add(unescape(cell, where));
                }
                Row row = new Row(resource, number, header, unescaped);
                if (!ids.add(row.id())) {
                    throw new IllegalStateException(where + ": the id '" + row.id() + "' is taken");
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException(resource + " holds no case");
        }
        return rows;
    }

    private static String unescape(String cell, String where) {
        StringBuilder out = new StringBuilder(cell.length());
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char next = i + 1 < cell.length() ? cell.charAt(i + 1) : ' ';
            switch (next) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case '\\' -> out.append('\\');
                default -> throw new IllegalStateException(where + ": unknown escape in '" + cell
                        + "'; use \\n, \\t or \\\\");
            }
            i++;
        }
        return out.toString();
    }
}
