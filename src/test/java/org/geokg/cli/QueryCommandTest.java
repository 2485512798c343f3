package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.geokg.store.ExampleStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code geokg query} refuses what it cannot run as asked, in one line and with exit code 2: parameter values that are
 * no RDF term of their kind (an IRI that would splice text into the query once written out for a remote store, an
 * impossible date), parameter names the query does not have, CSV for a CONSTRUCT; and it stops a query at its
 * {@code --timeout} (issue 17, points 9 and 11).
 */
class QueryCommandTest {
    @TempDir
    static Path shared;

    static Path store;

    @BeforeAll
    static void createTheExampleStore() {
        store = ExampleStore.create(shared.resolve("store"));
    }

    private static void refused(Cli result, String message) {
        assertEquals(2, result.exitCode(), result.out() + result.err());
        assertTrue(result.err().startsWith("geokg: " + message), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
        assertEquals("", result.out());
    }

    /** A query with a variable ?x to bind. */
    private static final String X = "SELECT ?a { ?a ?p ?o FILTER(?a = ?x) }";

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '¦', quoteCharacter = '`', textBlock = """
            # query (X: the query above) ¦ --param ¦ the message begins
            X ¦ x=http://nothing> || true || ?a = <http://nothing ¦ --param x: not an IRI ('>' may not appear
            X ¦ x=<http://a b> ¦ --param x: not an IRI (a space may not appear in an IRI)
            X ¦ x=https://a"b ¦ --param x: not an IRI ('"' may not appear in an IRI)
            X ¦ x=http://a/{b} ¦ --param x: not an IRI ('{' may not appear in an IRI)
            X ¦ x=http://a/\\b ¦ --param x: not an IRI ('\\' may not appear in an IRI)
            X ¦ x=<http://a>} UNION { ¦ --param x: an IRI in <...> must end with '>'
            X ¦ x=<urn> ¦ --param x: not an absolute IRI
            X ¦ x=_:b0 ¦ --param x: a blank node cannot be a parameter
            X ¦ x=2023-02-30 ¦ --param x: not a date (YYYY-MM-DD): 2023-02-30
            X ¦ x="2023-02-30"^^xsd:date ¦ --param x: not a valid xsd:date
            X ¦ x="open ¦ --param x: not a Turtle literal
            meetings-of ¦ nmae=Xi Jinping ¦ --param nmae: meetings-of.rq has no parameter ?nmae; its parameters: ?name
            X ¦ y=1 ¦ --param y: query has no parameter ?y; its parameters: ?a ?o ?p ?x
            who-met-whom ¦ a=Xi Jinping ¦ --param a: who-met-whom.rq has no parameter ?a; it takes no parameters
            SELECT (COUNT(*) AS ?a) { ?s ?p ?o } ¦ a=1 ¦ cannot bind ?a in this query
            """)
    void badParametersAreRefusedNamingTheParameter(String query, String param, String message) {
        refused(Cli.run("query", query.equals("X") ? X : query, "--param", param, "--store", store.toString()),
                message);
    }

    @ParameterizedTest(name = "remove {0}")
    @CsvSource(delimiter = '¦', textBlock = """
            # the article                                   ¦ the message begins
            http://nothing> || true || ?a = <http://nothing  ¦ remove: not an IRI ('>' may not appear in an IRI)
            https://w3id.org/geokg/article/a b               ¦ remove: not an IRI (a space may not appear in an IRI)
            <https://w3id.org/geokg/article/a                ¦ remove: an IRI in <...> must end with '>'
            """)
    void removeRefusesABadIriInOneLine(String article, String message) {
        for (String where : List.of("--store=" + store, "--endpoint=http://localhost:1/ds")) {
            refused(Cli.run("remove", article, where), message);
        }
    }

    @Test
    void csvAndTsvAreRefusedForAConstructQuery() {
        for (String format : List.of("csv", "tsv")) {
            refused(Cli.run("query", "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 1", "--format", format,
                    "--store", store.toString()), "--format " + format + " is for SELECT and ASK queries; a "
                    + "CONSTRUCT query writes Turtle (--format table) or JSON-LD (--format json)");
        }
    }

    /** A cross join of the example's 1,970 triples with themselves, twice: billions of rows. */
    private static final String CROSS_JOIN = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    @Test
    void aQueryIsStoppedAtItsTimeout() {
        long start = System.nanoTime();
        Cli result = Cli.run("query", CROSS_JOIN, "--timeout", "1", "--store", store.toString());
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(1, result.exitCode(), result.out() + result.err());
        assertTrue(result.err().startsWith("geokg: the query was stopped after 1 s, its time limit; allow more with "
                + "--timeout SECONDS, or --timeout none"), result.err());
        assertTrue(seconds < 30, "stopped after " + seconds + " s");
        // the store lock is released: the next query runs
        assertEquals(0, Cli.run("query", "ASK { ?s ?p ?o }", "--store", store.toString()).exitCode());
    }

    @ParameterizedTest(name = "--timeout {0}")
    @CsvSource({"-1", "soon", "1s"})
    void aBadTimeoutIsAUsageError(String timeout) {
        List<String> args = new ArrayList<>(List.of("query", "ASK { ?s ?p ?o }", "--timeout", timeout));
        args.addAll(List.of("--store", store.toString()));
        refused(Cli.run(args.toArray(String[]::new)), "--timeout takes a number of seconds, or 0 or none for no "
                + "limit, not " + timeout);
    }

    @ParameterizedTest(name = "--timeout {0}")
    @CsvSource({"none", "0", "2.5"})
    void noTimeoutOrAFractionRuns(String timeout) {
        Cli result = Cli.run("query", "ASK { ?s ?p ?o }", "--timeout", timeout, "--store", store.toString());
        assertEquals("yes", result.out().strip(), result.err());
    }

    @Test
    void repeatPrintsTheAnswerOnceThenTheSecondsOfTheWarmRuns() {
        Cli once = Cli.run("query", "who-met-whom", "--format", "csv", "--store", store.toString());
        Cli timed = Cli.run("query", "who-met-whom", "--format", "csv", "--repeat", "3", "--store", store.toString());
        assertEquals(0, timed.exitCode(), timed.err());
        assertEquals(once.out(), timed.out());
        long bytes = once.out().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        assertTrue(timed.err().matches("geokg: 3 warm runs, " + bytes + " bytes of csv each: min \\d+\\.\\d{3} s, "
                + "median \\d+\\.\\d{3} s, max \\d+\\.\\d{3} s\\R"), timed.err());
        refused(Cli.run("query", "who-met-whom", "--repeat", "-1", "--store", store.toString()),
                "--repeat takes a number of runs, 0 or more, not -1");
    }
}
