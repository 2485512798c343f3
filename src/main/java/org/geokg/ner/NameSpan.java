package org.geokg.ner;

/**
 * A name the statistical name finder found in a sentence.
 *
 * @param tokenBegin  index of its first token
 * @param tokenEnd    index after its last token
 * @param type        its type as the model names it: person, organization, gpe or location
 * @param probability the model's probability for the span
 */
public record NameSpan(int tokenBegin, int tokenEnd, String type, double probability) {
    public NameSpan {
        if (tokenBegin < 0 || tokenEnd <= tokenBegin) {
            throw new IllegalArgumentException("bad name span: " + tokenBegin + ".." + tokenEnd);
        }
    }
}
