package org.geokg.rdf.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The GeoKG ontology, {@code https://w3id.org/geokg/ontology#}, defined in {@code ontology/geokg.ttl}.
 * Constant names are the local names of the terms.
 */
public final class GKG {

    /** The namespace of the vocabulary as a string. */
    public static final String NS = "https://w3id.org/geokg/ontology#";

    /** The preferred prefix, without the colon. */
    public static final String PREFIX = "gkg";

    /** The IRI of the ontology itself. */
    public static final String ONTOLOGY_IRI = "https://w3id.org/geokg/ontology";

    /** The namespace of the vocabulary as a string. */
    public static String getURI() {
        return NS;
    }

    private GKG() {}

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }

    // Classes

    public static final Resource Agent = resource("Agent");
    public static final Resource Person = resource("Person");
    public static final Resource State = resource("State");
    public static final Resource Organization = resource("Organization");
    public static final Resource Place = resource("Place");
    public static final Resource City = resource("City");
    public static final Resource Region = resource("Region");
    public static final Resource Event = resource("Event");
    public static final Resource Meeting = resource("Meeting");
    public static final Resource Talks = resource("Talks");
    public static final Resource Summit = resource("Summit");
    public static final Resource Visit = resource("Visit");
    public static final Resource PhoneCall = resource("PhoneCall");
    public static final Resource Position = resource("Position");
    public static final Resource Article = resource("Article");
    public static final Resource MeetingStatus = resource("MeetingStatus");

    // Properties

    public static final Property participant = property("participant");
    public static final Property host = property("host");
    public static final Property place = property("place");
    public static final Property met = property("met");
    public static final Property holdsPosition = property("holdsPosition");
    public static final Property ofState = property("ofState");
    public static final Property locatedIn = property("locatedIn");
    public static final Property evidence = property("evidence");
    public static final Property reportedIn = property("reportedIn");
    public static final Property status = property("status");
    public static final Property date = property("date");
    public static final Property confidence = property("confidence");
    public static final Property extractedBy = property("extractedBy");
    public static final Property roleTitle = property("roleTitle");
    public static final Property metadata = property("metadata");

    // Individuals

    public static final Resource occurred = resource("occurred");
    public static final Resource planned = resource("planned");
    public static final Resource cancelled = resource("cancelled");
}
