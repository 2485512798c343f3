package org.geokg.meeting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geokg.lexicon.CalendarWords;
import org.geokg.lexicon.Words;
import org.geokg.nlp.Sentence;

/**
 * Finds dates in a sentence and resolves them against the publication date: absolute dates ("March 21, 2023",
 * "21 March 2023", "March 21", "March 2023"), weekday names (the latest such day on or before publication, as news
 * reports past events), "today" and "yesterday". Without a publication date only absolute dates with a year resolve.
 *
 * <p>Immutable and thread-safe.
 */
public final class DateFinder {
    /** A date found in a sentence, with its token span. */
    public record DateMention(int tokenBegin, int tokenEnd, DateValue value) {
    }

    /** The words between the first and last day of a range: "13-16 June", "from 19 to 21 February". */
    private static final Set<String> RANGE_WORDS = Set.of("-", "–", "—", "to");
    /** A range of days written as one token: "13-16". */
    private static final Pattern DAY_RANGE = Pattern.compile("\\d{1,2}[-–]\\d{1,2}");
    /** How long before publication a day without its year may still be that of a future event of the same year. */
    private static final int FUTURE_SLACK_DAYS = 7;
    /** The opening half of a range the tokenizer cut: "13-". */
    private static final Pattern RANGE_OPEN = Pattern.compile("\\d{1,2}[-–]");
    /** The closing half of a range the tokenizer cut: "-11". */
    private static final Pattern RANGE_CLOSE = Pattern.compile("[-–]\\d{1,2}");
    private static final Pattern LEADING_DAY = Pattern.compile("\\d{1,2}");

    /** Prepositions before a year alone that make it a date: "in 2019". */
    private static final Set<String> YEAR_BEFORE = Set.of("in", "during");
    /** Words before a month without a day that make it a date: "in March", "since May", "early June". */
    private static final Set<String> MONTH_ONLY_BEFORE = Words.set("bare-month-opener");

    /** All dates in the sentence, in order; weekdays are the latest such day on or before publication. */
    public List<DateMention> find(Sentence sentence, LocalDate published) {
        return find(sentence, published, false);
    }

    /**
     * All dates in the sentence, in order; for future events ({@code future}) a weekday is the next such day after
     * publication ("will meet on Thursday"), "tomorrow" the day after it.
     */
    public List<DateMention> find(Sentence sentence, LocalDate published, boolean future) {
        List<DateMention> dates = new ArrayList<>();
        int n = sentence.size();
        for (int i = 0; i < n; i++) {
            String word = sentence.token(i).text();
            String lower = word.toLowerCase(Locale.ROOT);
            Month month = Character.isUpperCase(word.charAt(0)) ? month(lower) : null;
            if (month != null && !(month == Month.MAY && !isNumber(sentence, i + 1))) {
                int end = monthFirst(sentence, i, month, published, future, dates);
                if (end > i) {
                    i = end - 1;
                    continue;
                }
            }
            int rangeStart = rangeStart(sentence, i);
            if (rangeStart >= 0 && i + 1 < n && Character.isUpperCase(sentence.token(i + 1).text().charAt(0))
                    && month(sentence.token(i + 1).text()) != null) {
                int first = rangeStart;
                int day = dayOf(sentence.token(first).text());
                Month m = month(sentence.token(i + 1).text());
                int next = i + 2;
                if (next < n && ",".equals(sentence.token(next).text()) && year(sentence, next + 1) != null) {
                    next++;
                }
                Integer year = year(sentence, next);
                DateValue value = dayDate(year, m, day, published, future);
                if (value != null) {
                    int end = year == null ? i + 2 : next + 1;
                    dates.add(new DateMention(first, end, value));
                    i = end - 1;
                }
                continue;
            }
            if (i > 0 && YEAR_BEFORE.contains(sentence.token(i - 1).text().toLowerCase(Locale.ROOT))
                    && year(sentence, i) != null && !(i + 1 < n && month(sentence.token(i + 1).text()) != null)) {
                dates.add(new DateMention(i, i + 1, new DateValue(LocalDate.of(year(sentence, i), 1, 1),
                        DateValue.Precision.YEAR)));
                continue;
            }
            DayOfWeek weekday = weekday(word);
            if (weekday != null && published != null) {
                dates.add(new DateMention(i, i + 1, DateValue.day(published.with(future
                        ? TemporalAdjusters.next(weekday) : TemporalAdjusters.previousOrSame(weekday)))));
            } else if (month != null && published != null && i > 0 && MONTH_ONLY_BEFORE.contains(
                    sentence.token(i - 1).text().toLowerCase(Locale.ROOT)) && !isNumber(sentence, i + 1)) {
                int year = published.getYear() - (month.getValue() > published.getMonthValue() && !future ? 1 : 0);
                dates.add(new DateMention(i, i + 1, new DateValue(LocalDate.of(year, month, 1),
                        DateValue.Precision.MONTH)));
            } else if (published != null && (lower.equals("today") || lower.equals("tonight")
                    || lower.equals("currently"))) {
                dates.add(new DateMention(i, i + 1, DateValue.day(published)));
            } else if (published != null && lower.equals("tomorrow")) {
                dates.add(new DateMention(i, i + 1, DateValue.day(published.plusDays(1))));
            } else if (published != null && lower.equals("yesterday")) {
                dates.add(new DateMention(i, i + 1, DateValue.day(published.minusDays(1))));
            }
        }
        return withWeekdaysOfDates(sentence, dates);
    }

    /**
     * Where the day before a month starts, or -1 when the token is no day: itself ("21 March"), or the first day of a
     * range that ends there ("13-16 June", "from 19 to 21 February"), however the tokenizer cut the range ("13-" "16",
     * "7" "-11"): a stay is dated by the day it begins.
     */
    private static int rangeStart(Sentence sentence, int i) {
        String token = sentence.token(i).text();
        if (isNumber(sentence, i)) {
            if (i >= 1 && RANGE_OPEN.matcher(sentence.token(i - 1).text()).matches()) {
                return i - 1;
            }
            if (i >= 2 && RANGE_WORDS.contains(sentence.token(i - 1).text()) && isNumber(sentence, i - 2)
                    && Integer.parseInt(sentence.token(i - 2).text()) < Integer.parseInt(token)) {
                return i - 2;
            }
            return i;
        }
        if (RANGE_CLOSE.matcher(token).matches() && i >= 1 && isNumber(sentence, i - 1)) {
            return i - 1;
        }
        return DAY_RANGE.matcher(token).matches() ? i : -1;
    }

    /** The first day of a token that starts a day or a range of days: "21", "13-16", "13-". */
    private static int dayOf(String token) {
        Matcher digits = LEADING_DAY.matcher(token);
        return digits.lookingAt() ? Integer.parseInt(digits.group()) : -1;
    }

    /** "Monday, March 18, 2024": a weekday just before an explicit date is part of it, not a date of its own. */
    private static List<DateMention> withWeekdaysOfDates(Sentence sentence, List<DateMention> dates) {
        List<DateMention> out = new ArrayList<>(dates.size());
        for (int d = 0; d < dates.size(); d++) {
            DateMention date = dates.get(d);
            if (d + 1 < dates.size() && date.tokenEnd() == date.tokenBegin() + 1
                    && weekday(sentence.token(date.tokenBegin()).text()) != null) {
                DateMention next = dates.get(d + 1);
                int gap = next.tokenBegin() - date.tokenEnd();
                if (gap == 0 || gap == 1 && ",".equals(sentence.token(date.tokenEnd()).text())) {
                    DateValue value = onWeekday(sentence, next, weekday(sentence.token(date.tokenBegin()).text()));
                    out.add(new DateMention(date.tokenBegin(), next.tokenEnd(), value));
                    d++;
                    continue;
                }
            }
            out.add(date);
        }
        return out;
    }

    /**
     * A day given without its year, in the year next to the guessed one where it falls on the weekday written with it:
     * "Tuesday, 4 July" in a release of May 2000 is 4 July 2000, not 1999.
     */
    private static DateValue onWeekday(Sentence sentence, DateMention date, DayOfWeek weekday) {
        LocalDate day = date.value().date();
        if (date.value().precision() != DateValue.Precision.DAY || day.getDayOfWeek() == weekday) {
            return date.value();
        }
        for (int i = date.tokenBegin(); i < date.tokenEnd(); i++) {
            if (year(sentence, i) != null) {
                return date.value(); // the year is written: the text is taken as it is
            }
        }
        for (int shift : new int[] {1, -1}) {
            LocalDate other = day.plusYears(shift);
            if (other.getDayOfMonth() == day.getDayOfMonth() && other.getDayOfWeek() == weekday) {
                return DateValue.day(other);
            }
        }
        return date.value();
    }

    private int monthFirst(Sentence sentence, int i, Month month, LocalDate published, boolean future,
                           List<DateMention> dates) {
        if (isNumber(sentence, i + 1)) {
            int day = Integer.parseInt(sentence.token(i + 1).text());
            int next = i + 2;
            if (next < sentence.size() && ",".equals(sentence.token(next).text())) {
                next++;
            }
            Integer year = year(sentence, next);
            if (day > 31 && year == null && day >= 1000) {
                dates.add(new DateMention(i, i + 2, new DateValue(LocalDate.of(day, month, 1),
                        DateValue.Precision.MONTH)));
                return i + 2;
            }
            DateValue value = dayDate(year, month, day, published, future);
            if (value != null) {
                int end = year == null ? i + 2 : next + 1;
                dates.add(new DateMention(i, end, value));
                return end;
            }
        }
        return i;
    }

    /**
     * A day of a month, in the year written, else in the year of publication, moved to the year before when that
     * puts it more than a month after publication, or, for a future event ({@code future}), to the year after when
     * it puts it more than a week before publication ("will visit from 7 to 11 January", written in December).
     */
    private static DateValue dayDate(Integer year, Month month, int day, LocalDate published, boolean future) {
        if (day < 1 || day > month.maxLength()) {
            return null;
        }
        int y;
        if (year != null) {
            y = year;
        } else if (published != null) {
            y = published.getYear();
            LocalDate guess = LocalDate.of(y, month, Math.min(day, month.length(Year.isLeap(y))));
            if (future && guess.isBefore(published.minusDays(FUTURE_SLACK_DAYS))) {
                y++;
            } else if (!future && guess.isAfter(published.plusDays(31))) {
                y--;
            }
        } else {
            return null;
        }
        if (day > month.length(Year.isLeap(y))) {
            return null;
        }
        return DateValue.day(LocalDate.of(y, month, day));
    }

    private static Integer year(Sentence sentence, int i) {
        if (isNumber(sentence, i)) {
            int value = Integer.parseInt(sentence.token(i).text());
            if (value >= 1900 && value <= 2100) {
                return value;
            }
        }
        return null;
    }

    private static boolean isNumber(Sentence sentence, int i) {
        if (i >= sentence.size()) {
            return false;
        }
        String word = sentence.token(i).text();
        if (word.isEmpty() || word.length() > 4) {
            return false;
        }
        for (int c = 0; c < word.length(); c++) {
            if (!Character.isDigit(word.charAt(c))) {
                return false;
            }
        }
        return true;
    }

    private static DayOfWeek weekday(String word) {
        return CalendarWords.weekday(word).orElse(null);
    }

    private static Month month(String word) {
        return CalendarWords.month(word).orElse(null);
    }
}
