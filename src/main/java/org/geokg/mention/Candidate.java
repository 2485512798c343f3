package org.geokg.mention;

import java.util.Comparator;

/**
 * A mention a rule proposes, with the priority it claims its tokens with.
 *
 * @param mention  the proposed mention
 * @param priority how firmly it claims its tokens against overlapping candidates
 */
record Candidate(Mention mention, Priority priority) {
    /**
     * The order in which overlapping candidates are settled: longer first, then by priority, then by first token.
     * The sort is stable, so exact ties go to the rule that ran first.
     */
    static final Comparator<Candidate> BEST_FIRST = Comparator.comparingInt((Candidate c) -> -c.mention().length())
            .thenComparingInt(c -> c.priority().rank())
            .thenComparingInt(c -> c.mention().tokenBegin());
}
