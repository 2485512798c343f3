package org.geokg.query;

import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sys.JenaSubsystemLifecycle;

/**
 * Registers GeoKG's {@link GeoDistance} as {@code geof:distance} once, when Jena starts (a Jena subsystem, named in
 * {@code META-INF/services/org.apache.jena.sys.JenaSubsystemLifecycle}), after jena-geosparql has registered its
 * functions: so every query run in this JVM, by {@code geokg query} or by the Fuseki server of {@code geokg serve},
 * gets great-circle distances in kilometres or metres between points. A remote store answers with its own server's
 * functions.
 */
public final class GeoSparqlInit implements JenaSubsystemLifecycle {
    @Override
    public void start() {
        FunctionRegistry.get().put(GeoDistance.IRI, GeoDistance.class);
    }

    @Override
    public void stop() {
        // nothing to release
    }

    @Override
    public int level() {
        return 110; // after jena-geosparql (100), whose geof:distance this replaces
    }
}
