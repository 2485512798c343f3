package org.geokg.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.geokg.nlp.NlpModels;
import org.geokg.nlp.Sentence;
import org.geokg.nlp.TextAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DateFinderTest {
    /** A Wednesday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 15);
    private static TextAnalyzer analyzer;
    private final DateFinder finder = new DateFinder();

    @BeforeAll
    static void load() {
        analyzer = NlpModels.load().newAnalyzer();
    }

    private static Sentence sentence(String text) {
        List<Sentence> sentences = analyzer.analyze(text).sentences();
        assertEquals(1, sentences.size(), text);
        return sentences.get(0);
    }

    private List<DateValue> values(String text, LocalDate published) {
        return finder.find(sentence(text), published).stream().map(DateFinder.DateMention::value).toList();
    }

    private DateValue only(String text, LocalDate published) {
        List<DateValue> values = values(text, published);
        assertEquals(1, values.size(), text + " → " + values);
        return values.get(0);
    }

    private static DateValue day(int y, int m, int d) {
        return DateValue.day(LocalDate.of(y, m, d));
    }

    private static String covered(Sentence sentence, DateFinder.DateMention date) {
        StringBuilder s = new StringBuilder();
        for (int i = date.tokenBegin(); i < date.tokenEnd(); i++) {
            s.append(i > date.tokenBegin() ? " " : "").append(sentence.token(i).text());
        }
        return s.toString();
    }

    @Test
    void monthDayYear() {
        Sentence s = sentence("The leaders met on March 21, 2023 in Moscow.");
        List<DateFinder.DateMention> dates = finder.find(s, PUBLISHED);
        assertEquals(1, dates.size());
        assertEquals(day(2023, 3, 21), dates.get(0).value());
        assertEquals("March 21 , 2023", covered(s, dates.get(0)));
        assertEquals(day(2023, 3, 21), only("They met on March 21, 2023.", null), "no publication date needed");
    }

    @Test
    void dayMonthYear() {
        Sentence s = sentence("The leaders met on 21 March 2023 in Moscow.");
        List<DateFinder.DateMention> dates = finder.find(s, PUBLISHED);
        assertEquals(List.of(day(2023, 3, 21)), dates.stream().map(DateFinder.DateMention::value).toList());
        assertEquals("21 March 2023", covered(s, dates.get(0)));
        assertEquals(day(2023, 3, 21), only("They met on 21 March 2023.", null));
    }

    @Test
    void dayMonthCommaYear() {
        assertEquals(day(2023, 3, 21), only("The leaders met on 21 March, 2023 in Moscow.", PUBLISHED));
    }

    @Test
    void weekdayBeforeAnExplicitDateIsPartOfIt() {
        Sentence s = sentence("The envoys met on Monday, March 18, 2024 in Doha.");
        List<DateFinder.DateMention> dates = finder.find(s, PUBLISHED);
        assertEquals(List.of(day(2024, 3, 18)), dates.stream().map(DateFinder.DateMention::value).toList());
        assertEquals("Monday , March 18 , 2024", covered(s, dates.get(0)));
        assertEquals(day(2023, 3, 21), only("They met on Tuesday 21 March 2023.", PUBLISHED));
    }

    @Test
    void monthDayTakesTheYearOfPublication() {
        assertEquals(day(2024, 3, 21), only("They met on March 21.", PUBLISHED));
        assertEquals(day(2024, 3, 21), only("They met on 21 March.", PUBLISHED));
        assertEquals(day(2024, 6, 2), only("They will meet on June 2.", PUBLISHED), "soon after publication");
        assertEquals(day(2023, 12, 28), only("They met on December 28.", LocalDate.of(2024, 1, 10)),
                "late in the year before a January article");
        assertEquals(List.of(), values("They met on March 21.", null), "no year without a publication date");
    }

    @Test
    void monthYearHasMonthPrecision() {
        DateValue value = only("Talks began in March 2023 and stalled.", PUBLISHED);
        assertEquals(new DateValue(LocalDate.of(2023, 3, 1), DateValue.Precision.MONTH), value);
        assertEquals("2023-03", value.lexical());
    }

    @Test
    void abbreviatedMonths() {
        assertEquals(day(2023, 9, 5), only("They met on Sept. 5, 2023.", PUBLISHED));
    }

    @Test
    void januaryAbbreviation() {
        assertEquals(day(2024, 1, 9), only("On Jan. 9 the envoys met again.", PUBLISHED));
    }

    @Test
    void weekdaysAreTheLatestSuchDayOnOrBeforePublication() {
        assertEquals(day(2024, 5, 13), only("They met on Monday.", PUBLISHED));
        assertEquals(day(2024, 5, 15), only("They met on Wednesday.", PUBLISHED), "the day of publication");
        assertEquals(day(2024, 5, 9), only("They met on Thursday.", PUBLISHED));
        assertEquals(List.of(), values("They met on Monday.", null));
    }

    @Test
    void todayAndYesterday() {
        assertEquals(day(2024, 5, 15), only("They meet today.", PUBLISHED));
        assertEquals(day(2024, 5, 14), only("Yesterday they met.", PUBLISHED));
        assertEquals(List.of(), values("They met yesterday.", null));
    }

    @Test
    void mayTheVerbAndMayTheNameAreNotDates() {
        assertEquals(List.of(), values("Leaders may meet again, May said.", PUBLISHED));
        assertEquals(day(2024, 5, 5), only("They met on May 5.", PUBLISHED));
        assertEquals(new DateValue(LocalDate.of(2022, 5, 1), DateValue.Precision.MONTH),
                only("They met in May 2022.", PUBLISHED));
    }

    @Test
    void impossibleDaysAreNoDates() {
        assertEquals(List.of(), values("They met on February 30, 2023.", PUBLISHED));
        assertEquals(List.of(), values("They met on February 29, 2023.", PUBLISHED));
        assertEquals(day(2024, 2, 29), only("They met on February 29.", PUBLISHED), "2024 is a leap year");
        assertEquals(List.of(), values("They met on 32 March.", PUBLISHED));
        assertEquals(List.of(), values("The march 21 protest drew crowds.", PUBLISHED), "lower-case march");
    }

    @Test
    void severalDatesInOrder() {
        assertEquals(List.of(day(2024, 5, 13), day(2023, 3, 21)),
                values("On Monday they recalled the talks of 21 March 2023.", PUBLISHED));
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
}
