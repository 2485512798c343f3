package org.geokg.eval;

/**
 * The scores of one annotated set.
 *
 * @param name     the set's name
 * @param articles how many articles it has
 * @param meetings how many gold meeting records
 * @param scores   the scores of the meetings found in it
 */
public record SetScores(String name, int articles, int meetings, MeetingScores scores) {
}
