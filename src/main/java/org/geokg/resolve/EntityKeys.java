package org.geokg.resolve;

import java.text.Normalizer;
import java.util.Locale;
import org.geokg.lexicon.EntityType;

/** Stable keys for entities: {@code person/vladimir-putin}, {@code state/russia}. */
public final class EntityKeys {
    private EntityKeys() {
    }

    /** The key of an entity of this type with this canonical name. */
    public static String of(EntityType type, String name) {
        return type.name().toLowerCase(Locale.ROOT) + "/" + slug(name);
    }

    /** Lower case ASCII words joined by hyphens: "Recep Tayyip Erdoğan" → "recep-tayyip-erdogan". */
    public static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replace("'", "").replace("’", "")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "x" + Integer.toHexString(name.hashCode()) : slug;
    }
}
