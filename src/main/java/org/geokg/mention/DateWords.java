package org.geokg.mention;

import java.util.Set;

/** Month and weekday names, which are never entity names. */
final class DateWords {
    private static final Set<String> WORDS = Set.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.",
            "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday");

    private DateWords() {
    }

    static boolean isDateWord(String word) {
        return WORDS.contains(word);
    }
}
