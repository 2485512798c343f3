package org.geokg.rdf.vocab;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The part of OGC GeoSPARQL 1.1, {@code http://www.opengis.net/ont/geosparql#}, that GeoKG writes: the point of a
 * place, as WKT. A constants class of its own so that writing points needs no GeoSPARQL library (the Spark job maps
 * articles without one); querying them with {@code geof:} functions does.
 */
public final class GEO {

    /** The namespace of the vocabulary as a string. */
    public static final String NS = "http://www.opengis.net/ont/geosparql#";

    /** The preferred prefix, without the colon. */
    public static final String PREFIX = "geo";

    /** The namespace of the vocabulary as a string. */
    public static String getURI() {
        return NS;
    }

    private GEO() {}

    // Classes

    /** A geometry, here the point of a place. */
    public static final Resource Geometry = ResourceFactory.createResource(NS + "Geometry");

    // Properties

    /** From a feature (a place) to its geometry. */
    public static final Property hasGeometry = ResourceFactory.createProperty(NS, "hasGeometry");

    /** From a geometry to its WKT serialization. */
    public static final Property asWKT = ResourceFactory.createProperty(NS, "asWKT");

    // Datatypes

    /** The datatype of WKT literals; without a CRS IRI, the coordinates are CRS84 longitude and latitude. */
    public static final RDFDatatype wktLiteral = TypeMapper.getInstance().getSafeTypeByName(NS + "wktLiteral");
}
