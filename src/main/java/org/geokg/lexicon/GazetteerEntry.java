package org.geokg.lexicon;

/**
 * One named thing from the bundled gazetteers.
 *
 * @param type       its type
 * @param name       its canonical English name
 * @param wikidata   its Wikidata id (such as {@code Q159}), or {@code null}
 * @param geonames   its GeoNames id, or {@code null}
 * @param country    ISO 3166-1 alpha-2 code of its country (for a state, its own code), or {@code null}
 * @param population population, for places; 0 when unknown
 * @param capital    whether it is a national capital
 */
public record GazetteerEntry(EntityType type, String name, String wikidata, String geonames, String country,
                             long population, boolean capital) {
    /** The population from which a city is well known: its name alone says which city it is ("Paris", "Sydney"). */
    public static final long LARGE_CITY = 1_000_000;

    /** Whether it is a well-known city: a national capital, or a city of {@link #LARGE_CITY} people or more. */
    public boolean isWellKnown() {
        return capital || population >= LARGE_CITY;
    }
}
