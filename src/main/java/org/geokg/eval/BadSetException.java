package org.geokg.eval;

import org.geokg.GeoKgException;

/** An annotated set that cannot be used as given: a bad set syntax, a missing file, an unknown part of a split. */
public final class BadSetException extends GeoKgException {
    public BadSetException(String message) {
        super(message);
    }
}
