package org.geokg.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.geokg.cases.CaseTable;
import org.geokg.nlp.NlpModels;
import org.geokg.nlp.Sentence;
import org.geokg.nlp.TextAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Dates in a sentence, resolved against the publication date. The cases are the rows of
 * {@code src/test/resources/cases/dates.tsv}: a sentence, a publication date, whether the sentence speaks of the
 * future, and every date the {@link DateFinder} must find, in order, with the tokens it covers where they matter. To
 * add a case, add a row; the top of the file explains the columns.
 */
class DateFinderTest {
    private static TextAnalyzer analyzer;
    private final DateFinder finder = new DateFinder();

    @BeforeAll
    static void load() {
        analyzer = NlpModels.load().newAnalyzer();
    }

    static List<CaseTable.Row> cases() {
        return CaseTable.read("cases/dates.tsv", "id", "published", "tense", "sentence", "dates");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void dates(CaseTable.Row row) {
        List<Sentence> sentences = analyzer.analyze(row.get("sentence")).sentences();
        assertEquals(1, sentences.size(), row.where() + ": one sentence");
        Sentence sentence = sentences.get(0);
        LocalDate published = row.get("published").equals("-") ? null : LocalDate.parse(row.get("published"));
        List<DateFinder.DateMention> found = switch (row.get("tense")) {
            case "past" -> finder.find(sentence, published);
            case "future" -> finder.find(sentence, published, true);
            default -> throw new IllegalArgumentException(row.where() + ": the tense is past or future");
        };
        List<String> expected = row.get("dates").equals("none") ? List.of() : List.of(row.get("dates").split(" \\| "));
        String where = row.where() + ": found " + found.stream().map(d -> format(sentence, d)).toList();
        assertEquals(expected.size(), found.size(), where + ": the number of dates");
        for (int i = 0; i < expected.size(); i++) {
            String date = expected.get(i);
            int equals = date.lastIndexOf('=');
            String value = date.substring(equals + 1);
            assertTrue(ExpectedDate.matches(value, found.get(i).value()),
                    where + ": date " + (i + 1) + " is not " + value);
            if (equals >= 0) {
                assertEquals(date.substring(0, equals), covered(sentence, found.get(i)),
                        where + ": the tokens of date " + (i + 1));
            }
        }
    }

    @Test
    void dateValues() {
        DateValue march21 = day(2023, 3, 21);
        DateValue march = new DateValue(LocalDate.of(2023, 3, 1), DateValue.Precision.MONTH);
        DateValue year = new DateValue(LocalDate.of(2023, 1, 1), DateValue.Precision.YEAR);
        assertEquals("2023-03-21", march21.lexical());
        assertEquals("2023", year.lexical());
        assertTrue(march21.compatibleWith(march));
        assertTrue(march.compatibleWith(march21));
        assertTrue(year.compatibleWith(march21));
        assertFalse(march21.compatibleWith(day(2023, 3, 22)));
        assertFalse(day(2023, 4, 1).compatibleWith(march));
        assertFalse(day(2022, 3, 21).compatibleWith(year));
    }

    private static DateValue day(int y, int m, int d) {
        return DateValue.day(LocalDate.of(y, m, d));
    }

    /** A date as the table writes it: the tokens it covers, joined by spaces, then {@code =} and its value. */
    private static String format(Sentence sentence, DateFinder.DateMention date) {
        return covered(sentence, date) + "=" + ExpectedDate.format(date.value());
    }

    private static String covered(Sentence sentence, DateFinder.DateMention date) {
        StringBuilder s = new StringBuilder();
        for (int i = date.tokenBegin(); i < date.tokenEnd(); i++) {
            s.append(i > date.tokenBegin() ? " " : "").append(sentence.token(i).text());
        }
        return s.toString();
    }
}
