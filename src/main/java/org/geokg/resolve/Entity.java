package org.geokg.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.geokg.lexicon.EntityType;

/**
 * A person, state, organization or place named in an article.
 *
 * @param key      stable identity across articles: type plus normalized canonical name (see {@link EntityKeys})
 * @param type     its type
 * @param label    its canonical name
 * @param aliases  the other names the article uses for it
 * @param wikidata its Wikidata id from the gazetteers, or {@code null}
 * @param geonames its GeoNames id from the gazetteers, or {@code null}
 * @param country  ISO 3166-1 alpha-2 code of its country when known, or {@code null}
 */
public record Entity(String key, EntityType type, String label, SortedSet<String> aliases, String wikidata,
                     String geonames, String country) {
    public Entity {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        aliases = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(aliases));
    }

    /** All the names the article uses for it: its label first, then its aliases. */
    public List<String> names() {
        List<String> names = new ArrayList<>(aliases.size() + 1);
        names.add(label);
        names.addAll(aliases);
        return names;
    }
}
