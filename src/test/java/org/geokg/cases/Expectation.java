package org.geokg.cases;

import java.util.List;

/**
 * One check of a case's output, as a table cell: {@code KIND}, {@code KIND: ITEM | ITEM} or
 * {@code KIND among FILTER: ITEM | ITEM}. What the kinds, the filter and the items mean is up to the test that reads
 * the table and is documented at the top of that table.
 *
 * @param kind   what is checked, such as {@code exactly} or {@code contains}
 * @param filter the items of the output to check, or {@code null} for all of them
 * @param items  the expected items, in order, possibly none
 */
public record Expectation(String kind, String filter, List<String> items) {
    private static final String AMONG = " among ";

    public Expectation {
        items = List.copyOf(items);
    }

    /** Parses a cell. */
    public static Expectation parse(String cell) {
        int colon = cell.indexOf(": ");
        String head = colon < 0 ? cell : cell.substring(0, colon);
        List<String> items = colon < 0 ? List.of() : List.of(cell.substring(colon + 2).split(" \\| ", -1));
        if (items.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("an empty item in '" + cell + "'");
        }
        int among = head.indexOf(AMONG);
        return among < 0 ? new Expectation(head, null, items)
                : new Expectation(head.substring(0, among), head.substring(among + AMONG.length()), items);
    }

    @Override
    public String toString() {
        return kind + (filter == null ? "" : AMONG + filter)
                + (items.isEmpty() ? "" : ": " + String.join(" | ", items));
    }
}
