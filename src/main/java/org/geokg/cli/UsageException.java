package org.geokg.cli;

import org.geokg.GeoKgException;

/** Bad input found while a command runs (a bad date, an unreadable file, a port in use): one line, exit code 2. */
final class UsageException extends GeoKgException {
    UsageException(String message) {
        super(message);
    }

    UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
