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

    /** In the summary graph: two agents that met, with their meetings counted. */
    public static final Resource MeetingPair = resource("MeetingPair");
    /** In the summary graph: what one article reports of a pair's meetings. */
    public static final Resource PairReport = resource("PairReport");
    /** In the summary graph: how many articles give an entity one label or type. */
    public static final Resource ValueCount = resource("ValueCount");
    /** A person, state or organisation that can take part in a meeting. */
    public static final Resource Agent = resource("Agent");
    /** A human being, such as a head of state, a minister or a spokesperson. */
    public static final Resource Person = resource("Person");
    /** A sovereign country, which acts as an agent in diplomacy and is also a place. */
    public static final Resource State = resource("State");
    /** An international, governmental or other organisation, such as the United Nations or NATO. */
    public static final Resource Organization = resource("Organization");
    /** A geographical place where an event can happen. */
    public static final Resource Place = resource("Place");
    /** A city or town. */
    public static final Resource City = resource("City");
    /** A first-level administrative division of a state, such as a province or a federal state. */
    public static final Resource Region = resource("Region");
    /** Something that happens, or is said to happen, at a time and place, with agents taking part. */
    public static final Resource Event = resource("Event");
    /** An event in which two or more agents meet or talk with each other. */
    public static final Resource Meeting = resource("Meeting");
    /** A meeting in person between two or more parties to discuss or negotiate. */
    public static final Resource Talks = resource("Talks");
    /** A meeting of three or more parties, usually leaders of states or organisations. */
    public static final Resource Summit = resource("Summit");
    /** A meeting in which a guest travels to a host, who is given by {@code gkg:host}. */
    public static final Resource Visit = resource("Visit");
    /** A meeting held by telephone or video call rather than in person. */
    public static final Resource PhoneCall = resource("PhoneCall");
    /** A public office held by a person, such as "President of Russia". */
    public static final Resource Position = resource("Position");
    /** A news article analysed by GeoKG, which is also the NIF context holding its text. */
    public static final Resource Article = resource("Article");
    /** Whether a meeting took place, is planned or was cancelled, according to the article. */
    public static final Resource MeetingStatus = resource("MeetingStatus");
    /** A statement of an article that a person holds a position. */
    public static final Resource PositionHolding = resource("PositionHolding");
    /** The decision that an entity is the same as a resource of another data set, with method and confidence. */
    public static final Resource EntityLink = resource("EntityLink");

    // Properties

    /** An agent that takes part in the event. */
    public static final Property participant = property("participant");
    /** The participant that receives the other parties, for example the host of a visit. */
    public static final Property host = property("host");
    /** The place where the event happens. */
    public static final Property place = property("place");
    /**
     * Relates two agents that took part in the same meeting that took place; it is written for every pair
     * of participants of such a meeting.
     */
    public static final Property met = property("met");
    /** A position that the person holds or has held, according to the articles. */
    public static final Property holdsPosition = property("holdsPosition");
    /** The state in which the position is an office, such as Russia for "President of Russia". */
    public static final Property ofState = property("ofState");
    /** A larger place that contains this place, such as the state a city is in. */
    public static final Property locatedIn = property("locatedIn");
    /** A NIF sentence of an article that states the event or the fact. */
    public static final Property evidence = property("evidence");
    /** An article that reports on this resource. */
    public static final Property reportedIn = property("reportedIn");
    /** Whether the event took place, is planned or was cancelled, according to the article. */
    public static final Property status = property("status");
    /**
     * The date of the event, as an xsd:date literal, or as xsd:gYearMonth or xsd:gYear when only the month
     * or year is known (hence the range {@code rdfs:Literal}).
     */
    public static final Property date = property("date");
    /** The CAMEO event code of the meeting (as GDELT and ICEWS code events), such as "042" for a visit. */
    public static final Property cameoCode = property("cameoCode");
    /** The PLOVER event type of the meeting (as POLECAT codes events), such as "CONSULT". */
    public static final Property ploverType = property("ploverType");
    /** The PLOVER mode of the meeting's event type, such as "visit", "phone", "host" or "multilateral". */
    public static final Property ploverMode = property("ploverMode");
    /** How sure the extractor is of the fact, as an xsd:decimal from 0 (guess) to 1 (certain). */
    public static final Property confidence = property("confidence");
    /** The name of the rule or model that found the fact. */
    public static final Property extractedBy = property("extractedBy");
    /** The title of the position without the state, such as "President". */
    public static final Property roleTitle = property("roleTitle");
    /** A source metadata field of the article that has no standard property, written as "key: value". */
    public static final Property metadata = property("metadata");
    /** The person who holds the position, according to a position holding. */
    public static final Property holder = property("holder");
    /** The position held, according to a position holding. */
    public static final Property position = property("position");
    /** The publication date of the article that states a position holding. */
    public static final Property reportedOn = property("reportedOn");
    /** The GeoKG entity of a link. */
    public static final Property linkedEntity = property("linkedEntity");
    /** The resource of the other data set that a link points to. */
    public static final Property linkTarget = property("linkTarget");
    /** How a link was decided. */
    public static final Property linkMethod = property("linkMethod");
    /** How the point of a place was chosen: the place's own coordinates, its capital's or its seat's. */
    public static final Property pointMethod = property("pointMethod");
    /** The two-letter ISO 3166-1 code of a state. */
    public static final Property iso3166Alpha2 = property("iso3166Alpha2");
    /** The three-letter ISO 3166-1 code of a state. */
    public static final Property iso3166Alpha3 = property("iso3166Alpha3");
    /** The state that a mention of its capital or seat of government stands for. */
    public static final Property actingAgent = property("actingAgent");

    /** In the summary graph: the number of mentions of an entity, over all articles. */
    public static final Property mentionCount = property("mentionCount");
    /** In the summary graph: the number of articles that mention an entity, report a pair, or give a counted value. */
    public static final Property articleCount = property("articleCount");
    /** In the summary graph: the label that most articles give an entity. */
    public static final Property preferredLabel = property("preferredLabel");
    /** In the summary graph: the type that most articles give an entity. */
    public static final Property preferredType = property("preferredType");
    /** In the summary graph: the entity whose label or type a value count counts. */
    public static final Property countOf = property("countOf");
    /** In the summary graph: the label that a value count counts. */
    public static final Property countedLabel = property("countedLabel");
    /** In the summary graph: the type that a value count counts. */
    public static final Property countedType = property("countedType");
    /** In the summary graph: one of the two agents of a meeting pair. */
    public static final Property pairMember = property("pairMember");
    /** In the summary graph: the number of meetings of a pair, a meeting reported by several articles counted once. */
    public static final Property meetingCount = property("meetingCount");
    /** In the summary graph: the earliest date of a pair's meetings. */
    public static final Property firstDate = property("firstDate");
    /** In the summary graph: the latest date of a pair's meetings. */
    public static final Property lastDate = property("lastDate");
    /** In the summary graph: the kinds of a pair's meetings, joined by commas. */
    public static final Property meetingKinds = property("meetingKinds");
    /** In the summary graph: a place where a pair met. */
    public static final Property meetingPlace = property("meetingPlace");
    /** In the summary graph: one sentence that reports a meeting of a pair (or of a pair report). */
    public static final Property evidenceText = property("evidenceText");
    /** In the summary graph: the IRIs of the articles that report a pair's meetings, joined by spaces. */
    public static final Property sourceList = property("sourceList");
    /** In the summary graph: the pair that a pair report is about. */
    public static final Property reportOf = property("reportOf");
    /** In the summary graph: the graph (the article) a pair report summarizes. */
    public static final Property reportSource = property("reportSource");
    /** In the summary graph: a meeting of the pair that the report's article reports. */
    public static final Property reportedMeeting = property("reportedMeeting");
    /** In the summary graph: the kind of a reported meeting ("Talks"). */
    public static final Property reportedKind = property("reportedKind");
    /** In the summary graph: the date of a reported meeting. */
    public static final Property reportedDate = property("reportedDate");
    /** In the summary graph: the place of a reported meeting. */
    public static final Property reportedPlace = property("reportedPlace");

    // Individuals

    /** The meeting took place, according to the article. */
    public static final Resource occurred = resource("occurred");
    /** The meeting is announced, invited or expected but has not taken place yet. */
    public static final Resource planned = resource("planned");
    /** The meeting was planned but called off or postponed without a new date. */
    public static final Resource cancelled = resource("cancelled");
}
