package org.geokg.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.geokg.GeoKgException;
import org.geokg.store.KgStore;
import org.geokg.store.Rows;

/**
 * Parses SPARQL, binds parameters as RDF terms (substituted in the parsed query, never spliced into its text), runs
 * it on a store and writes the result as a table, CSV, TSV or SPARQL JSON (SELECT, ASK), or Turtle (CONSTRUCT,
 * DESCRIBE).
 *
 * <pre>
 * Query q = QueryRunner.parse(text, "who-met-whom.rq");
 * new QueryRunner(store).run(q, Map.of("name", Terms.term("Xi Jinping")), ResultFormat.JSON, System.out);
 * </pre>
 */
public final class QueryRunner {
    /** Output formats. */
    public enum ResultFormat { TABLE, CSV, TSV, JSON }

    /** A query that cannot be read or parsed; the message names its source, and the line and column of an error. */
    public static final class BadQueryException extends GeoKgException {
        public BadQueryException(String message) {
            super(message);
        }

        public BadQueryException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final Pattern DEFAULT = Pattern.compile("#\\s*default:\\s*\\?(\\w+)\\s*=\\s*(.+)");

    private static final JsonResultsWriter JSON_WRITER = new JsonResultsWriter();

    private final KgStore store;

    public QueryRunner(KgStore store) {
        this.store = store;
    }

    /** Parses a query; the standard prefixes may be used undeclared. */
    public static Query parse(String text, String source) {
        Query query = new Query();
        query.getPrefixMapping().setNsPrefixes(Prefixes.standard());
        try {
            return QueryFactory.parse(query, text, null, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            String message = e.getMessage().replaceAll("\\s+", " ").strip();
            int expecting = message.indexOf(" Was expecting");
            if (expecting > 0) {
                message = message.substring(0, expecting);
            }
            throw new BadQueryException(source + ": bad SPARQL: " + message, e);
        }
    }

    /**
     * The default values a query declares for its parameters in comment lines such as
     * {@code # default: ?endpoint = <https://query.wikidata.org/sparql>}; values as for {@link Terms#term}.
     */
    public static Map<String, Node> defaults(String text) {
        Map<String, Node> defaults = new LinkedHashMap<>();
        text.lines().map(DEFAULT::matcher).filter(Matcher::matches)
                .forEach(m -> defaults.put(m.group(1), Terms.term(m.group(2).strip())));
        return defaults;
    }

    /** Binds the parameters (variable name without "?" → term) in a parsed query. */
    public static Query bind(Query query, Map<String, Node> parameters) {
        if (parameters.isEmpty()) {
            return query;
        }
        Map<Var, Node> substitution = new LinkedHashMap<>();
        parameters.forEach((name, node) -> substitution.put(Var.alloc(name.startsWith("?") ? name.substring(1) : name),
                node));
        try {
            return QueryTransformOps.transform(query, substitution);
        } catch (RuntimeException e) { // a variable that cannot take a value there, such as a grouped one
            throw new BadQueryException("cannot bind " + String.join(" ", substitution.keySet().stream()
                    .map(Var::toString).toList()) + " in this query: " + e.getMessage(), e);
        }
    }

    /**
     * Runs the query with its parameters and writes the result. Returns the row cap a remote endpoint may have cut
     * a SELECT answer at (its rows are that many, {@link Rows#mayBeCut()}), or 0. CSV and TSV are refused for a
     * CONSTRUCT or DESCRIBE query, which writes Turtle (table) or JSON-LD (json).
     */
    public long run(Query query, Map<String, Node> parameters, ResultFormat format, OutputStream out) {
        Query bound = bind(query, parameters);
        GeoSparql.registerFor(bound);
        if ((bound.isConstructType() || bound.isDescribeType())
                && (format == ResultFormat.CSV || format == ResultFormat.TSV)) {
            throw new BadQueryException("--format " + format.name().toLowerCase(Locale.ROOT) + " is for SELECT and "
                    + "ASK queries; a " + (bound.isConstructType() ? "CONSTRUCT" : "DESCRIBE")
                    + " query writes Turtle (--format table) or JSON-LD (--format json)");
        }
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        long cap = 0;
        if (bound.isSelectType()) {
            Rows rows = store.selectRows(bound);
            ResultSet results = rows.results();
            cap = rows.mayBeCut() ? rows.cap() : 0;
            switch (format) {
                case TABLE -> PlainTable.write(print, results, bound.getPrefixMapping(), PlainTable.terminalWidth());
                case CSV -> ResultSetFormatter.outputAsCSV(print, results);
                case TSV -> ResultSetFormatter.outputAsTSV(print, results);
                case JSON -> JSON_WRITER.write(print, RowSet.adapt(results), null);
            }
        } else if (bound.isAskType()) {
            boolean answer = store.ask(bound);
            switch (format) {
                case JSON -> ResultSetFormatter.outputAsJSON(print, answer);
                case CSV -> ResultSetFormatter.outputAsCSV(print, answer);
                case TSV -> ResultSetFormatter.outputAsTSV(print, answer);
                case TABLE -> print.println(answer ? "yes" : "no");
            }
        } else {
            Graph graph = store.construct(bound);
            graph.getPrefixMapping().setNsPrefixes(bound.getPrefixMapping());
            RDFDataMgr.write(print, graph, format == ResultFormat.JSON ? Lang.JSONLD : Lang.TURTLE);
        }
        print.flush();
        return cap;
    }
}
