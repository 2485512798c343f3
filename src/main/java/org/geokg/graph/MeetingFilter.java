package org.geokg.graph;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which meetings make the meeting network: those dated within {@code since..until} (both inclusive, null for no
 * bound; undated meetings are left out when a bound is given) whose participants are of the given types.
 *
 * @param since the first day, or null
 * @param until the last day, or null
 * @param types the agent types to keep; at least one
 */
public record MeetingFilter(LocalDate since, LocalDate until, Set<AgentType> types) {
    public MeetingFilter {
        if (types.isEmpty()) {
            throw new IllegalArgumentException("no agent type to keep");
        }
        if (since != null && until != null && since.isAfter(until)) {
            throw new IllegalArgumentException("since " + since + " is after until " + until);
        }
        types = Set.copyOf(types);
    }

    /** Every meeting of every kind of agent. */
    public static MeetingFilter all() {
        return new MeetingFilter(null, null, EnumSet.allOf(AgentType.class));
    }
}
