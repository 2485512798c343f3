package org.geokg.serve;

import java.time.Duration;

/**
 * How {@link KgServer} serves a store.
 *
 * @param port the HTTP port; 0 picks a free one
 * @param loopback whether to listen on localhost only
 * @param allowUpdate whether the SPARQL update endpoint is on
 * @param timeout the longest a query may run
 * @param limit the most rows a SELECT query returns (a smaller LIMIT in the query is kept)
 * @param corsOrigin the origin whose pages may call the endpoint from a browser ({@code *} for any), or null for
 *     none (no cross-origin access, the default)
 * @param guards what else it lets through: request size, SERVICE hosts, host names, dumps, updates from browsers
 */
public record ServerSettings(int port, boolean loopback, boolean allowUpdate, Duration timeout, long limit,
                             String corsOrigin, Guards guards) {
    /** Settings without cross-origin access, with the default guards. */
    public ServerSettings(int port, boolean loopback, boolean allowUpdate, Duration timeout, long limit) {
        this(port, loopback, allowUpdate, timeout, limit, null);
    }

    /** Settings with the default guards. */
    public ServerSettings(int port, boolean loopback, boolean allowUpdate, Duration timeout, long limit,
                          String corsOrigin) {
        this(port, loopback, allowUpdate, timeout, limit, corsOrigin, Guards.DEFAULTS);
    }

    public ServerSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the query timeout must be positive, not " + timeout);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("the result limit must be at least 1, not " + limit);
        }
        if (corsOrigin != null && !corsOrigin.equals("*") && !corsOrigin.matches("https?://[^/\\s]+")) {
            throw new IllegalArgumentException("--cors takes an origin such as http://localhost:8080, or *, not "
                    + corsOrigin);
        }
        if (guards.corsUpdate() && (corsOrigin == null || !allowUpdate)) {
            throw new IllegalArgumentException("--cors-update needs --cors ORIGIN and --allow-update");
        }
        if (guards.formUpdate() && !allowUpdate) {
            throw new IllegalArgumentException("--allow-form-update needs --allow-update");
        }
    }
}
