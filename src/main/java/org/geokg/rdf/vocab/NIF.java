package org.geokg.rdf.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The part of the NIF 2.0 Core ontology that GeoKG writes,
 * {@code http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#}.
 * The constant {@link #String} (the class {@code nif:String}) hides {@code java.lang.String}
 * as an expression name in this class, so the code here spells out {@code java.lang.String}.
 */
public final class NIF {

    /** The namespace of the vocabulary as a string. */
    public static final java.lang.String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

    /** The preferred prefix, without the colon. */
    public static final java.lang.String PREFIX = "nif";

    /** The namespace of the vocabulary as a string. */
    public static java.lang.String getURI() {
        return NS;
    }

    private NIF() {}

    private static Resource resource(java.lang.String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(java.lang.String local) {
        return ResourceFactory.createProperty(NS, local);
    }

    // Classes

    public static final Resource Context = resource("Context");
    public static final Resource Phrase = resource("Phrase");
    public static final Resource Sentence = resource("Sentence");
    public static final Resource String = resource("String");

    // Properties

    public static final Property isString = property("isString");
    public static final Property anchorOf = property("anchorOf");
    public static final Property beginIndex = property("beginIndex");
    public static final Property endIndex = property("endIndex");
    public static final Property referenceContext = property("referenceContext");
    public static final Property sentence = property("sentence");
}
