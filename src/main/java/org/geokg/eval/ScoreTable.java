package org.geokg.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The scores of several annotated sets side by side, one column per set, then the gap between the occurred pair F1
 * of the first two sets (how far the extractor generalizes, when the second is held out). Errors are not listed
 * here: see {@link MeetingScores#errors()}.
 *
 * <pre>
 * System.out.print(ScoreTable.format(List.of(tuning, heldout)));
 * </pre>
 */
public final class ScoreTable {
    /** The kinds of meeting of the gold, in the order of the table. */
    private static final List<String> KINDS = List.of("meeting", "talks", "summit", "visit", "phone_call");
    private static final int LABEL_WIDTH = 24;

    private ScoreTable() {
    }

    private record Row(String label, Function<SetScores, String> cell) {
    }

    /** The table, one row a line. */
    public static String format(List<SetScores> sets) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("articles", s -> String.valueOf(s.articles())));
        rows.add(new Row("gold meetings", s -> String.valueOf(s.meetings())));
        pairs(rows, "occurred pairs", s -> s.scores().occurred());
        pairs(rows, "planned pairs", s -> s.scores().planned());
        for (String kind : KINDS) {
            pairs(rows, kind, s -> s.scores().kind(kind));
        }
        rows.add(new Row("date accuracy", s -> share(s.scores().datesRight(), s.scores().datesScored())));
        rows.add(new Row("place accuracy", s -> share(s.scores().placesRight(), s.scores().placesScored())));
        rows.add(new Row("planned as occurred", s -> String.valueOf(s.scores().plannedAsOccurred())));
        rows.add(new Row("occurred as planned", s -> String.valueOf(s.scores().occurredAsPlanned())));
        rows.add(new Row("confidence >= 0.8, pairs right", s -> share(s.scores().confidentRight(),
                s.scores().confidentPairs())));
        rows.add(new Row("hard negatives hit", s -> s.scores().hardNegatives().isPresent()
                ? String.valueOf(s.scores().hardNegatives().getAsInt()) : "-"));
        List<Integer> widths = new ArrayList<>();
        for (SetScores set : sets) {
            int width = set.name().length();
            for (Row row : rows) {
                width = Math.max(width, row.cell().apply(set).length());
            }
            widths.add(width + 2);
        }
        StringBuilder out = new StringBuilder();
        line(out, "", sets.stream().map(SetScores::name).toList(), widths);
        for (Row row : rows) {
            line(out, row.label(), sets.stream().map(row.cell()).toList(), widths);
        }
        if (sets.size() > 1) {
            double gap = sets.get(0).scores().occurred().f1() - sets.get(1).scores().occurred().f1();
            out.append(String.format(Locale.ROOT, "occurred pair F1 gap, %s minus %s: %+.3f%n", sets.get(0).name(),
                    sets.get(1).name(), gap));
        }
        return out.toString();
    }

    /** Three rows: precision and recall with their counts, F1. */
    private static void pairs(List<Row> rows, String label, Function<SetScores, PairCounts> counts) {
        rows.add(new Row(label + " P", s -> share(counts.apply(s).right(), counts.apply(s).predicted())));
        rows.add(new Row(label + " R", s -> share(counts.apply(s).found(), counts.apply(s).gold())));
        rows.add(new Row(label + " F1", s -> counts.apply(s).gold() + counts.apply(s).predicted() == 0 ? "-"
                : String.format(Locale.ROOT, "%.3f", counts.apply(s).f1())));
    }

    /** {@code 0.900 (9/10)}, or {@code - (0/0)} when nothing is scored. */
    private static String share(int part, int whole) {
        return whole == 0 ? "- (0/0)" : String.format(Locale.ROOT, "%.3f (%d/%d)", (double) part / whole, part, whole);
    }

    private static void line(StringBuilder out, String label, List<String> cells, List<Integer> widths) {
        out.append(String.format(Locale.ROOT, "%-" + LABEL_WIDTH + "s", label));
        for (int i = 0; i < cells.size(); i++) {
            out.append(String.format(Locale.ROOT, "%" + widths.get(i) + "s", cells.get(i)));
        }
        out.append('\n');
    }
}
