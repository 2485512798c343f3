package org.geokg.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.geokg.query.QueryRunner;
import org.geokg.store.KgStore;

/**
 * How much of a store is linked to other data sets: entities and mentions linked by type (an entity is linked when it
 * has an {@code owl:sameAs}), and the most mentioned names that are not.
 *
 * @param types    one row per entity type
 * @param unlinked the most mentioned unlinked names, most mentioned first
 */
public record LinkCoverage(List<TypeCoverage> types, List<UnlinkedName> unlinked) {
    /** Coverage of one entity type (the local name of its class: Person, State, ...). */
    public record TypeCoverage(String type, long entities, long linkedEntities, long mentions, long linkedMentions) {
    }

    /** A name with no link, its type and how often it is mentioned. */
    public record UnlinkedName(String name, String type, long mentions) {
    }

    private static final String HEADER = "%-13s %9s %7s %6s %9s %7s %6s%n";
    private static final String ROW = "%-13s %9d %7d %6s %9d %7d %6s%n";
    private static final String ENTITIES = """
            SELECT ?type (COUNT(DISTINCT ?e) AS ?entities) (COUNT(DISTINCT ?linked) AS ?linkedEntities) WHERE {
              VALUES ?type { gkg:Person gkg:State gkg:Organization gkg:City gkg:Region gkg:Place }
              ?e a ?type .
              OPTIONAL { ?e owl:sameAs ?target BIND(?e AS ?linked) }
            } GROUP BY ?type ORDER BY ?type""";
    private static final String MENTIONS = """
            SELECT ?type (COUNT(?m) AS ?mentions) (SUM(IF(EXISTS { ?e owl:sameAs ?target }, 1, 0)) AS ?linkedMentions)
            WHERE {
              ?m itsrdf:taIdentRef ?e ; itsrdf:taClassRef ?type .
            } GROUP BY ?type""";
    private static final String UNLINKED = """
            SELECT ?name ?type (COUNT(DISTINCT ?m) AS ?mentions) WHERE {
              ?m itsrdf:taIdentRef ?e ; itsrdf:taClassRef ?type .
              ?e rdfs:label ?name .
              FILTER NOT EXISTS { ?e owl:sameAs ?target }
            } GROUP BY ?name ?type ORDER BY DESC(?mentions) ?name""";

    /** Measures the coverage of a store, with the {@code top} most mentioned unlinked names. */
    public static LinkCoverage of(KgStore store, int top) {
        Map<String, long[]> mentions = new HashMap<>();
        ResultSet byMention = store.select(QueryRunner.parse(MENTIONS, "link coverage"));
        while (byMention.hasNext()) {
            QuerySolution row = byMention.next();
            mentions.put(localName(row), new long[] {count(row, "mentions"), count(row, "linkedMentions")});
        }
        List<TypeCoverage> types = new ArrayList<>();
        ResultSet byType = store.select(QueryRunner.parse(ENTITIES, "link coverage"));
        while (byType.hasNext()) {
            QuerySolution row = byType.next();
            long[] m = mentions.getOrDefault(localName(row), new long[2]);
            types.add(new TypeCoverage(localName(row), count(row, "entities"), count(row, "linkedEntities"), m[0],
                    m[1]));
        }
        Query unlinkedQuery = QueryRunner.parse(UNLINKED, "link coverage");
        unlinkedQuery.setLimit(Math.max(0, top));
        List<UnlinkedName> unlinked = new ArrayList<>();
        ResultSet names = store.select(unlinkedQuery);
        while (names.hasNext()) {
            QuerySolution row = names.next();
            unlinked.add(new UnlinkedName(row.getLiteral("name").getLexicalForm(), localName(row),
                    count(row, "mentions")));
        }
        return new LinkCoverage(List.copyOf(types), List.copyOf(unlinked));
    }

    /**
     * The coverage as a table: one row per type and a total, entities and mentions linked with their shares, then the
     * most mentioned unlinked names.
     */
    public String format() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, HEADER, "type", "entities",
                "linked", "share", "mentions", "linked", "share"));
        long[] total = new long[4];
        for (TypeCoverage t : types) {
            row(out, t.type(), t.entities(), t.linkedEntities(), t.mentions(), t.linkedMentions());
            total[0] += t.entities();
            total[1] += t.linkedEntities();
            total[2] += t.mentions();
            total[3] += t.linkedMentions();
        }
        row(out, "all", total[0], total[1], total[2], total[3]);
        if (!unlinked.isEmpty()) {
            out.append(String.format("%nmost mentioned unlinked names:%n"));
            unlinked.forEach(u -> out.append(String.format(Locale.ROOT, "%7d  %-13s %s%n", u.mentions(), u.type(),
                    u.name())));
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String type, long entities, long linkedEntities, long mentions,
                            long linkedMentions) {
        out.append(String.format(Locale.ROOT, ROW, type, entities, linkedEntities, share(linkedEntities, entities),
                mentions, linkedMentions, share(linkedMentions, mentions)));
    }

    private static String share(long part, long whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }

    private static String localName(QuerySolution row) {
        return row.getResource("type").getLocalName();
    }

    private static long count(QuerySolution row, String name) {
        return row.contains(name) ? row.getLiteral(name).getLong() : 0;
    }
}
