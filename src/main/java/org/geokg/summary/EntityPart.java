package org.geokg.summary;

import java.util.Set;
import org.apache.jena.graph.Node;

/**
 * What one article graph says of one entity: its number of mentions there (0 for an entity that only takes part in
 * a meeting), and the labels and types it gives it.
 */
public record EntityPart(long mentions, Set<Node> labels, Set<Node> types) {
    public EntityPart {
        labels = Set.copyOf(labels);
        types = Set.copyOf(types);
    }
}
