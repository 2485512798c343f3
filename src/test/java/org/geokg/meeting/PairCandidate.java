package org.geokg.meeting;

import org.geokg.nlp.Sentence;
import org.geokg.resolve.ResolvedMention;
import org.geokg.syntax.Parse;

/**
 * Two agents of a sentence that a word of meeting in it may report as having met: the pair a learned model accepts
 * or rejects.
 *
 * @param sentence the sentence
 * @param parse    its dependency tree
 * @param trigger  the word of meeting ("met", "talks", "visit") and what it reports
 * @param a        the first agent, in text order
 * @param b        the second agent
 * @param ties     how grammar ties the two to the trigger, such as {@code nsubj|obl:with}, or {@code none}
 */
record PairCandidate(Sentence sentence, Parse parse, Trigger trigger, ResolvedMention a, ResolvedMention b,
                     String ties) {
}
