package org.geokg.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.geokg.GeoKgException;
import org.geokg.store.KgStore;

/**
 * Parses SPARQL, binds parameters as RDF terms (substituted in the parsed query, never spliced into its text), runs
 * it on a store and writes the result as a table, CSV, TSV or SPARQL JSON (SELECT, ASK), or Turtle (CONSTRUCT,
 * DESCRIBE).
 *
 * <pre>
 * Query q = QueryRunner.parse(text, "who-met-whom.rq");
 * new QueryRunner(store).run(q, Map.of("name", QueryRunner.term("Xi Jinping")), ResultFormat.JSON, System.out);
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
     * An RDF term from a command-line value: {@code <iri>}, an {@code http(s)://} IRI, a Turtle literal such as
     * {@code "x"@en} or {@code "5"^^xsd:int}, an integer, an ISO date, or else a plain string.
     */
    public static Node term(String value) {
        if (value.startsWith("<") || value.startsWith("\"") || value.startsWith("_:")) {
            try {
                return NodeFactoryExtra.parseNode(value, PrefixMapFactory.create(Prefixes.standard()));
            } catch (RiotException e) {
                throw new GeoKgException("bad parameter value " + value + ": " + e.getMessage(), e);
            }
        }
        if (value.startsWith("http://") || value.startsWith("https://")) {
            return NodeFactory.createURI(value);
        }
        if (value.matches("-?\\d{1,18}")) {
            return NodeFactory.createLiteralDT(value, XSDDatatype.XSDinteger);
        }
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return NodeFactory.createLiteralDT(value, XSDDatatype.XSDdate);
        }
        return NodeFactory.createLiteralString(value);
    }

    /**
     * The default values a query declares for its parameters in comment lines such as
     * {@code # default: ?endpoint = <https://query.wikidata.org/sparql>}; values as for {@link #term}.
     */
    public static Map<String, Node> defaults(String text) {
        Map<String, Node> defaults = new LinkedHashMap<>();
        text.lines().map(DEFAULT::matcher).filter(Matcher::matches)
                .forEach(m -> defaults.put(m.group(1), term(m.group(2).strip())));
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
        return QueryTransformOps.transform(query, substitution);
    }

    /** Runs the query with its parameters and writes the result. */
    public void run(Query query, Map<String, Node> parameters, ResultFormat format, OutputStream out) {
        Query bound = bind(query, parameters);
        GeoSparql.registerFor(bound);
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        if (bound.isSelectType()) {
            ResultSet results = store.select(bound);
            switch (format) {
                case TABLE -> PlainTable.write(print, results, bound.getPrefixMapping(), PlainTable.terminalWidth());
                case CSV -> ResultSetFormatter.outputAsCSV(print, results);
                case TSV -> ResultSetFormatter.outputAsTSV(print, results);
                case JSON -> ResultSetFormatter.outputAsJSON(print, results);
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
    }
}
