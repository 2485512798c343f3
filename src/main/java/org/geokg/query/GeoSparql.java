package org.geokg.query;

import org.apache.jena.atlas.logging.LogCtlJUL;
import org.apache.jena.geosparql.configuration.GeoSPARQLConfig;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.function.FunctionRegistry;

/**
 * Jena's GeoSPARQL support (jena-geosparql), registered when queries need it rather than whenever Jena starts,
 * since it costs every command about 0.3 s of CPU: the command line starts Jena with {@code jena.geosparql.skip}
 * and {@link QueryRunner} registers it for a query that names a GeoSPARQL term, {@code geokg serve} before it serves.
 * Registers Jena's GeoSPARQL datatypes and functions, then {@link GeoDistance} as {@code geof:distance}. Where Jena
 * starts without the skip (tests, other programs), its functions are already there and this adds GeoDistance.
 *
 * <pre>
 * GeoSparql.register();   // once, before the first query that uses geof:distance
 * </pre>
 */
public final class GeoSparql {
    /** The system property with which Jena skips initialising GeoSPARQL when it starts. */
    public static final String SKIP_AT_START = "jena.geosparql.skip";

    private static final String[] NAMESPACES = {"http://www.opengis.net/", "http://jena.apache.org/spatial",
        "http://jena.apache.org/function/spatial"};

    private GeoSparql() {
    }

    /**
     * Registers the GeoSPARQL datatypes and functions and GeoKG's {@code geof:distance} (a later call does nothing
     * new). Jena's own registration would put back its planar {@code geof:distance}, so this comes after it.
     */
    public static synchronized void register() {
        if (!Boolean.TRUE.equals(GeoSPARQLConfig.isFunctionRegistered())) {
            LogCtlJUL.routeJULtoSLF4J(); // Apache SIS logs through java.util.logging
            GeoSPARQLConfig.loadFunctions();
        }
        FunctionRegistry.get().put(GeoDistance.IRI, GeoDistance.class);
    }

    /** Registers GeoSPARQL if the query {@link #uses} it. */
    public static void registerFor(Query query) {
        if (uses(query)) {
            register();
        }
    }

    /** Whether the query names a term of the OGC namespaces (GeoSPARQL, its functions and units) or Jena's spatial. */
    public static boolean uses(Query query) {
        Query expanded = query.cloneQuery();
        expanded.getPrefixMapping().clearNsPrefixMap();
        String text = expanded.serialize();
        for (String namespace : NAMESPACES) {
            if (text.contains(namespace)) {
                return true;
            }
        }
        return false;
    }
}
