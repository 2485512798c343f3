package org.geokg.link;

import java.util.Objects;

/**
 * The external identity of one entity, with how it was found.
 *
 * @param wikidata   Wikidata id ({@code Q7747}), or {@code null}
 * @param geonames   GeoNames id ({@code 524901}), or {@code null}
 * @param iso2       ISO 3166-1 alpha-2 code, for states; otherwise {@code null}
 * @param iso3       ISO 3166-1 alpha-3 code, for states; otherwise {@code null}
 * @param label      the canonical name in the linked data set
 * @param method     how the link was decided, such as "people.tsv: full name, in office on the article's date"
 * @param confidence how sure the linker is, from 0 to 1
 * @param point      the point that stands for a linked place on a map, or {@code null} (people, organizations, and
 *                   places the tables give no point for)
 */
public record EntityLink(String wikidata, String geonames, String iso2, String iso3, String label, String method,
                         double confidence, GeoPoint point) {
    public EntityLink {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(method, "method");
        if (wikidata == null && geonames == null) {
            throw new IllegalArgumentException("a link needs a Wikidata or GeoNames id: " + label);
        }
        if (confidence <= 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be in (0, 1]: " + confidence);
        }
    }

    /** The Wikidata entity IRI, or {@code null}. */
    public String wikidataIri() {
        return wikidata == null ? null : "http://www.wikidata.org/entity/" + wikidata;
    }

    /** The GeoNames feature IRI, or {@code null}. */
    public String geonamesIri() {
        return geonames == null ? null : "https://sws.geonames.org/" + geonames + "/";
    }
}
