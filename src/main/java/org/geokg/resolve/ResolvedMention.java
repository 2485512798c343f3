package org.geokg.resolve;

import org.geokg.mention.Mention;

/**
 * A mention and the entity it names.
 *
 * @param mention the mention
 * @param entity  key of the entity
 */
public record ResolvedMention(Mention mention, String entity) {
}
