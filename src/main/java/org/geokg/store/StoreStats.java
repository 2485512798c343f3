package org.geokg.store;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;

/** Summary counts of a store: articles, triples, entities by type, meetings, pairs that met. */
final class StoreStats {
    private static final String PREFIXES = "PREFIX gkg: <https://w3id.org/geokg/ontology#>\n"
            + "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>\n";

    /** Entities of each type, the types in a fixed order, those without entities counted 0. */
    private static final String ENTITIES_BY_TYPE = """
            SELECT ?type (COUNT(DISTINCT ?e) AS ?n) {
              VALUES (?order ?type) { (1 gkg:Person) (2 gkg:State) (3 gkg:Organization) (4 gkg:City) (5 gkg:Region)
                                      (6 gkg:Place) }
              OPTIONAL { ?e a ?type }
            } GROUP BY ?order ?type ORDER BY ?order""";

    private StoreStats() {
    }

    static Map<String, Long> counts(KgStore store) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("articles", count(store, "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a gkg:Article }"));
        counts.put("triples", store.size());
        counts.put("mentions", count(store, "SELECT (COUNT(DISTINCT ?m) AS ?n) { ?m a nif:Phrase }"));
        ResultSet types = store.select(QueryFactory.create(PREFIXES + ENTITIES_BY_TYPE));
        while (types.hasNext()) {
            QuerySolution row = types.next();
            counts.put("entities." + row.getResource("type").getLocalName(), row.getLiteral("n").getLong());
        }
        counts.put("positions", count(store, "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a gkg:Position }"));
        counts.put("meetings", count(store, "SELECT (COUNT(DISTINCT ?m) AS ?n) { ?m gkg:status gkg:occurred }"));
        counts.put("meetings.planned", count(store,
                "SELECT (COUNT(DISTINCT ?m) AS ?n) { ?m gkg:status ?s FILTER(?s != gkg:occurred) }"));
        counts.put("pairs-met", count(store,
                "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?a ?b { ?a gkg:met ?b FILTER(STR(?a) < STR(?b)) } }"));
        return counts;
    }

    private static long count(KgStore store, String query) {
        ResultSet results = store.select(QueryFactory.create(PREFIXES + query));
        if (!results.hasNext()) {
            return 0;
        }
        QuerySolution row = results.next();
        return row.getLiteral("n").getLong();
    }
}
