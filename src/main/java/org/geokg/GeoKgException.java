package org.geokg;

/** Base unchecked exception of GeoKG; subclasses live in the package that throws them. */
public class GeoKgException extends RuntimeException {
    public GeoKgException(String message) {
        super(message);
    }

    public GeoKgException(String message, Throwable cause) {
        super(message, cause);
    }
}
