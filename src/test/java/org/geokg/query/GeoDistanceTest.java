package org.geokg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code geof:distance} between CRS84 points gives great-circle distances in the units asked, once
 * {@link GeoSparql#register} has run (as {@code QueryRunner} does for a query that uses it). Expected values: the haversine formula on a sphere of
 * the mean Earth radius R = 6371.0088 km, d = 2R asin(sqrt(sin²(Δφ/2) + cos φ1 cos φ2 sin²(Δλ/2))), computed by
 * hand from the coordinates of {@code cities.tsv}.
 */
class GeoDistanceTest {
    @BeforeAll
    static void register() {
        GeoSparql.register();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            SELECT ?d { BIND(geof:distance(?a, ?b, uom:metre) AS ?d) }                            | true
            SELECT ?f { ?f geo:sfWithin ?g }                                                       | true
            SELECT ?p { ?p <http://www.opengis.net/ont/geosparql#hasGeometry> ?g }                  | true
            SELECT ?a ?b { ?a gkg:met ?b }                                                         | false
            """)
    void aQueryThatNamesAGeoSparqlTermNeedsIt(String query, boolean uses) {
        assertEquals(uses, GeoSparql.uses(QueryRunner.parse(query, "test")));
    }

    @ParameterizedTest(name = "{0} to {1}: {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            POINT(35.21633 31.76904) | POINT(44.83412 41.69143) | 1395.2  | kilometre | 0.5
            POINT(35.21633 31.76904) | POINT(46.72185 24.68773) | 1373.5  | kilometre | 0.5
            POINT(37.61781 55.75204) | POINT(30.5238 50.45466)  | 755.0   | kilometre | 0.5
            POINT(-0.12574 51.50853) | POINT(-0.12574 51.50853) | 0       | kilometre | 0.001
            POINT(37.61781 55.75204) | POINT(30.5238 50.45466)  | 755024  | metre     | 500
            """)
    void distancesBetweenPointsAreGreatCircles(String from, String to, double expected, String unit,
                                               double tolerance) {
        String query = "PREFIX geo: <http://www.opengis.net/ont/geosparql#>\n"
                + "PREFIX geof: <http://www.opengis.net/def/function/geosparql/>\n"
                + "PREFIX uom: <http://www.opengis.net/def/uom/OGC/1.0/>\n"
                + "SELECT ?d { BIND(geof:distance(\"" + from + "\"^^geo:wktLiteral, \"" + to + "\"^^geo:wktLiteral, "
                + "uom:" + unit + ") AS ?d) }";
        try (QueryExecution execution = QueryExecution.create().query(QueryRunner.parse(query, "test"))
                .dataset(DatasetFactory.create()).build()) {
            QuerySolution row = execution.execSelect().next();
            assertEquals(expected, row.getLiteral("d").getDouble(), tolerance, from + " " + to);
        }
    }
}
