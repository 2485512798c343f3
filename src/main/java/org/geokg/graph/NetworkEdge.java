package org.geokg.graph;

import java.util.List;

/**
 * An edge of a {@link Network}. In the meeting network it joins two agents that met; in other graphs it is one
 * relation between two resources, and the meeting fields are zero or empty.
 *
 * @param source the id of one end
 * @param target the id of the other end
 * @param relation what the edge says: {@code met}, or the prefixed name of a property such as
 *     {@code gkg:participant}
 * @param meetings the number of meetings of the pair
 * @param first the date of their first meeting (ISO text), or null
 * @param last the date of their last meeting (ISO text), or null
 * @param places the names of the places where they met, sorted
 * @param evidence the number of evidence sentences of their meetings
 * @param articles the IRIs of the articles reporting their meetings, sorted
 */
public record NetworkEdge(String source, String target, String relation, int meetings, String first, String last,
                          List<String> places, int evidence, List<String> articles) {
    public NetworkEdge {
        places = List.copyOf(places);
        articles = List.copyOf(articles);
    }

    /** An edge that is only a relation, with no meeting data. */
    public static NetworkEdge relation(String source, String target, String relation) {
        return new NetworkEdge(source, target, relation, 0, null, null, List.of(), 0, List.of());
    }
}
