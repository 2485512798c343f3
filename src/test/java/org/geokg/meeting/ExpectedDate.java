package org.geokg.meeting;

import java.time.LocalDate;

/**
 * A date as the case tables write it: {@code 2024-05-13} (a day), {@code 2024-05} (a month), {@code 2024} (a year),
 * or only a precision, {@code DAY}, {@code MONTH} or {@code YEAR}. A written date matches a {@link DateValue} that
 * equals it and has it as its {@link DateValue#lexical() lexical form}.
 */
final class ExpectedDate {
    private ExpectedDate() {
    }

    /** Whether the value is the written date; {@code null} matches nothing. */
    static boolean matches(String written, DateValue value) {
        DateValue.Precision only = precisionOnly(written);
        DateValue expected = only == null ? parse(written) : null;
        if (value == null) {
            return false;
        }
        return only != null ? value.precision() == only
                : expected.equals(value) && written.equals(value.lexical());
    }

    /** The written date, after checking that it is one. */
    static String checked(String written) {
        if (precisionOnly(written) == null) {
            parse(written);
        }
        return written;
    }

    /** The value a written date stands for: a month or year starts on its first day. */
    static DateValue parse(String written) {
        return switch (written.length()) {
            case 10 -> DateValue.day(LocalDate.parse(written));
            case 7 -> new DateValue(LocalDate.parse(written + "-01"), DateValue.Precision.MONTH);
            case 4 -> new DateValue(LocalDate.of(Integer.parseInt(written), 1, 1), DateValue.Precision.YEAR);
            default -> throw new IllegalArgumentException("not a date: '" + written
                    + "'; write 2024-05-13, 2024-05, 2024, DAY, MONTH or YEAR");
        };
    }

    private static DateValue.Precision precisionOnly(String written) {
        for (DateValue.Precision precision : DateValue.Precision.values()) {
            if (precision.name().equals(written)) {
                return precision;
            }
        }
        return null;
    }

    /** The written form of a value, {@code -} for none. */
    static String format(DateValue value) {
        return value == null ? "-" : value.lexical();
    }
}
