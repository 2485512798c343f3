package org.geokg.link;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The point that stands for a place on a map, in WGS 84 degrees (the GeoSPARQL default CRS84, longitude first), with
 * where it comes from: the GeoNames record whose coordinates it is (the city itself, a state's capital, a region's
 * seat) and how that record was chosen.
 *
 * @param lon      longitude, degrees east
 * @param lat      latitude, degrees north
 * @param geonames the GeoNames id of the record whose coordinates these are
 * @param method   how the point was chosen, such as "cities.tsv: the capital, Moscow"
 */
public record GeoPoint(double lon, double lat, String geonames, String method) {
    public GeoPoint {
        Objects.requireNonNull(geonames, "geonames");
        Objects.requireNonNull(method, "method");
        if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("not a point on Earth: lon " + lon + ", lat " + lat);
        }
    }

    /** The same coordinates, chosen otherwise. */
    public GeoPoint as(String otherMethod) {
        return new GeoPoint(lon, lat, geonames, otherMethod);
    }

    /** The point as WKT without a CRS, which GeoSPARQL reads as CRS84: {@code POINT(37.61556 55.75222)}. */
    public String wkt() {
        return "POINT(" + plain(lon) + " " + plain(lat) + ")";
    }

    /** The GeoNames feature IRI of the record the coordinates come from. */
    public String geonamesIri() {
        return "https://sws.geonames.org/" + geonames + "/";
    }

    private static String plain(double degrees) {
        return BigDecimal.valueOf(degrees).stripTrailingZeros().toPlainString();
    }
}
