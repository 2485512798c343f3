package org.geokg.mention;

import java.util.Objects;
import org.geokg.lexicon.EntityType;

/**
 * A span of text that names an entity.
 *
 * @param type        what kind of entity it names
 * @param text        the text of the span
 * @param begin       character offset of the span's start in the article text
 * @param end         character offset after the span's end
 * @param sentence    index of the sentence it stands in
 * @param tokenBegin  index of its first token in that sentence
 * @param tokenEnd    index after its last token in that sentence
 * @param name        the name it resolves to: a gazetteer's canonical name, or the span text for new names
 * @param demonym     whether the span is an adjective or demonym ("Russian") rather than a name
 * @param rule        the rule or dictionary that found it
 */
public record Mention(EntityType type, String text, int begin, int end, int sentence, int tokenBegin, int tokenEnd,
                      String name, boolean demonym, String rule) {
    public Mention {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        if (begin < 0 || end <= begin || tokenEnd <= tokenBegin) {
            throw new IllegalArgumentException("bad mention span: begin=" + begin + ", end=" + end
                    + ", tokens " + tokenBegin + ".." + tokenEnd + " (" + text + ")");
        }
    }

    /** Number of tokens. */
    public int length() {
        return tokenEnd - tokenBegin;
    }

    /** Whether this mention shares a token with another in the same sentence. */
    public boolean overlaps(Mention other) {
        return sentence == other.sentence && tokenBegin < other.tokenEnd && other.tokenBegin < tokenEnd;
    }
}
