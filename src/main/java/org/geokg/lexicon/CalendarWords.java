package org.geokg.lexicon;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The names of months and weekdays, with the months' abbreviations, from the table {@code lexicon/calendar.tsv}:
 * never entity names, and the words dates are read from. Loaded once; immutable.
 */
public final class CalendarWords {
    private static final Calendar CALENDAR = Calendar.load();

    private CalendarWords() {
    }

    /** The table's words: months by lower-case name or abbreviation, weekdays by name, and all names as written. */
    private record Calendar(Map<String, Month> months, Map<String, DayOfWeek> weekdays, Set<String> names) {
        static Calendar load() {
            Map<String, Month> months = new HashMap<>();
            Map<String, DayOfWeek> weekdays = new HashMap<>();
            Set<String> names = new HashSet<>();
            Table.read("lexicon/calendar.tsv", row -> {
                int number = Integer.parseInt(row.get("number"));
                String word = row.get("word");
                names.add(word);
                if (row.get("kind").equals("month")) {
                    months.put(word.toLowerCase(Locale.ROOT), Month.of(number));
                    for (String abbreviation : Table.split(row.get("abbreviations"))) {
                        months.put(abbreviation.toLowerCase(Locale.ROOT), Month.of(number));
                        names.add(abbreviation);
                    }
                } else {
                    weekdays.put(word, DayOfWeek.of(number));
                }
            });
            return new Calendar(Map.copyOf(months), Map.copyOf(weekdays), Set.copyOf(names));
        }
    }

    /** Whether a word is a month or weekday name or a month's abbreviation, as written ("May", "Sept.", "Monday"). */
    public static boolean isDateWord(String word) {
        return CALENDAR.names().contains(word);
    }

    /** The month a word names, in any case, by its name or abbreviation ("march", "Sept."). */
    public static Optional<Month> month(String word) {
        return Optional.ofNullable(CALENDAR.months().get(word.toLowerCase(Locale.ROOT)));
    }

    /** The weekday a capitalized word names ("Monday"). */
    public static Optional<DayOfWeek> weekday(String word) {
        return Optional.ofNullable(CALENDAR.weekdays().get(word));
    }
}
