package org.geokg.meeting;

/**
 * A word that reports a meeting, at one token of a sentence.
 *
 * @param index       the token
 * @param kind        the kind of meeting it reports
 * @param noun        whether it is a noun ("talks with Y"), whose agents stand around it otherwise than a verb's
 * @param hosting     whether its subject hosts the others ("X received Y")
 * @param planned     whether the word itself makes the meeting planned ("X invited Y to visit")
 * @param objectStart the first token of the agents after it: the next token, or the one after "with" for a verb
 *                    whose object comes first ("discussed the ceasefire with Y")
 */
record Trigger(int index, Meeting.Kind kind, boolean noun, boolean hosting, boolean planned, int objectStart) {
}
