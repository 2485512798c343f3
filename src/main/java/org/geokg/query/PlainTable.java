package org.geokg.query;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;

/**
 * Writes a SELECT result as a plain text table: a literal as its text, an IRI shortened by the query's prefixes,
 * columns two spaces apart. When the table is wider than the terminal, the widest columns are narrowed and their
 * long cells cut with "…"; {@code --format csv|tsv|json} give every cell whole.
 */
final class PlainTable {
    private static final int NARROWEST = 8;
    private static final int KEPT = 20;

    private PlainTable() {
    }

    /**
     * The width to fit: the {@code COLUMNS} variable when set, else 120 columns on a terminal, else no limit (the
     * output goes to a file or a pipe).
     */
    static int terminalWidth() {
        String columns = System.getenv("COLUMNS");
        if (columns != null && columns.matches("\\d{1,4}") && Integer.parseInt(columns) >= 20) {
            return Integer.parseInt(columns);
        }
        return System.console() != null ? 120 : Integer.MAX_VALUE;
    }

    static void write(PrintStream out, ResultSet results, PrefixMapping prefixes, int width) {
        List<String> columns = results.getResultVars();
        List<String[]> rows = new ArrayList<>();
        results.forEachRemaining(solution -> {
            String[] row = new String[columns.size()];
            for (int c = 0; c < row.length; c++) {
                row[c] = text(solution.get(columns.get(c)), prefixes);
            }
            rows.add(row);
        });
        int[] widths = new int[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = columns.get(c).length();
            for (String[] row : rows) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        fit(widths, width);
        out.println(line(columns.toArray(String[]::new), widths));
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            rule.append(c > 0 ? "  " : "").append("-".repeat(widths[c]));
        }
        out.println(rule);
        rows.forEach(row -> out.println(line(row, widths)));
    }

    /**
     * Narrows the widest column one character at a time until the table fits: first only columns wider than
     * {@link #KEPT} (so short columns such as names and dates stay whole while long texts give way), then any
     * column down to {@link #NARROWEST}; between columns as wide, the one with the longest cell gives way first.
     */
    private static void fit(int[] widths, int width) {
        int[] natural = widths.clone();
        for (int floor : new int[] {KEPT, NARROWEST}) {
            while (total(widths) > width) {
                int widest = -1;
                for (int c = 0; c < widths.length; c++) {
                    boolean above = widths[c] > Math.min(floor, natural[c]) && widths[c] > NARROWEST;
                    if (above && (widest < 0 || widths[c] > widths[widest]
                            || widths[c] == widths[widest] && natural[c] > natural[widest])) {
                        widest = c;
                    }
                }
                if (widest < 0) {
                    break;
                }
                widths[widest]--;
            }
        }
    }

    private static long total(int[] widths) {
        long total = 2L * (widths.length - 1);
        for (int w : widths) {
            total += w;
        }
        return total;
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            String cell = cells[c].length() > widths[c] ? cells[c].substring(0, widths[c] - 1) + "…" : cells[c];
            line.append(c > 0 ? "  " : "").append(cell);
            if (c < cells.length - 1) {
                line.append(" ".repeat(widths[c] - cell.length()));
            }
        }
        return line.toString().stripTrailing();
    }

    private static String text(RDFNode node, PrefixMapping prefixes) {
        if (node == null) {
            return "";
        }
        if (node.isLiteral()) {
            return node.asLiteral().getLexicalForm().replaceAll("\\s+", " ");
        }
        if (node.isURIResource()) {
            String uri = node.asResource().getURI();
            String shortened = prefixes.shortForm(uri);
            return shortened.equals(uri) ? "<" + uri + ">" : shortened;
        }
        return "_:" + node.asResource().getId();
    }
}
