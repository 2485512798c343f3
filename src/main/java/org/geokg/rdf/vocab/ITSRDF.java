package org.geokg.rdf.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The part of the Internationalization Tag Set 2.0 RDF vocabulary that GeoKG writes,
 * {@code http://www.w3.org/2005/11/its/rdf#}: links from a mention to the entity it names.
 */
public final class ITSRDF {

    /** The namespace of the vocabulary as a string. */
    public static final String NS = "http://www.w3.org/2005/11/its/rdf#";

    /** The preferred prefix, without the colon. */
    public static final String PREFIX = "itsrdf";

    /** The namespace of the vocabulary as a string. */
    public static String getURI() {
        return NS;
    }

    private ITSRDF() {}

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }

    // Properties

    /** The IRI of the entity that the mention refers to. */
    public static final Property taIdentRef = property("taIdentRef");

    /** The IRI of the class of the entity that the mention refers to. */
    public static final Property taClassRef = property("taClassRef");
}
