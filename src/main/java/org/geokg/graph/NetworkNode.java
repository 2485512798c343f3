package org.geokg.graph;

/**
 * A node of a {@link Network}: an agent, place, meeting or any other resource.
 *
 * @param id the resource's IRI
 * @param label its name (its {@code rdfs:label}, else the end of its IRI)
 * @param type the local name of its class, such as {@code Person}, or empty when it has none
 * @param wikidata its Wikidata id such as {@code Q7747} (from an {@code owl:sameAs} link), or null
 * @param meetings the number of meetings it took part in
 */
public record NetworkNode(String id, String label, String type, String wikidata, int meetings) {
}
