package org.geokg.lexicon;

/** The kinds of named things GeoKG finds. States are both agents and places. */
public enum EntityType {
    PERSON, STATE, ORGANIZATION, CITY, REGION, LOCATION;

    /** Whether entities of this type can take part in meetings. */
    public boolean isAgent() {
        return this == PERSON || this == STATE || this == ORGANIZATION;
    }

    /** Whether entities of this type are places. */
    public boolean isPlace() {
        return this == STATE || this == CITY || this == REGION || this == LOCATION;
    }
}
