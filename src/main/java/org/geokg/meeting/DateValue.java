package org.geokg.meeting;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date as precise as the text makes it.
 *
 * @param date      the date; for month or year precision, its first day
 * @param precision how much of it is known
 */
public record DateValue(LocalDate date, Precision precision) {
    /** How precise a date is. */
    public enum Precision { DAY, MONTH, YEAR }

    public DateValue {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
    }

    /** A date known to the day. */
    public static DateValue day(LocalDate date) {
        return new DateValue(date, Precision.DAY);
    }

    /** The lexical form for RDF: {@code 2023-03-21}, {@code 2023-03} or {@code 2023}. */
    public String lexical() {
        return switch (precision) {
            case DAY -> date.toString();
            case MONTH -> date.toString().substring(0, 7);
            case YEAR -> String.valueOf(date.getYear());
        };
    }

    /** Whether two dates can be the same day. */
    public boolean compatibleWith(DateValue other) {
        return switch (precision.compareTo(other.precision) <= 0 ? other.precision : precision) {
            case DAY -> date.equals(other.date);
            case MONTH -> date.getYear() == other.date.getYear() && date.getMonth() == other.date.getMonth();
            case YEAR -> date.getYear() == other.date.getYear();
        };
    }
}
