package org.geokg.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.geokg.graph.AgentType;
import org.geokg.graph.MeetingFilter;
import picocli.CommandLine.Option;

/** The {@code --since}, {@code --until} and {@code --type} options that choose the meetings of the network. */
final class MeetingFilterOptions {
    @Option(names = "--since", paramLabel = "DATE", description = "Only meetings on or after this day (YYYY-MM-DD).")
    String since;

    @Option(names = "--until", paramLabel = "DATE", description = "Only meetings on or before this day (YYYY-MM-DD).")
    String until;

    @Option(names = "--type", paramLabel = "TYPE", split = ",",
            description = "Only agents of these types: person, state, organization (default: all).")
    List<AgentType> types = new ArrayList<>();

    /** Whether any of the options was given. */
    boolean given() {
        return since != null || until != null || !types.isEmpty();
    }

    /** The filter; a bad date or an empty range is a usage error. */
    MeetingFilter filter() {
        try {
            return new MeetingFilter(date("--since", since), date("--until", until),
                    types.isEmpty() ? EnumSet.allOf(AgentType.class) : EnumSet.copyOf(types));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    private static LocalDate date(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException(option + ": not a date (YYYY-MM-DD): " + value, e);
        }
    }
}
