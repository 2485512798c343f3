package org.geokg.query;

import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;

/**
 * The text of a query and where it comes from (a file, a saved query, or {@code query} for text given as is), which
 * messages about it name.
 *
 * @param text   the SPARQL text
 * @param source the file or saved query it was read from, or {@code query}
 */
public record QueryText(String text, String source) {
    /** Parses the text; a syntax error names the source, line and column. */
    public Query parse() {
        return QueryRunner.parse(text, source);
    }

    /** The defaults the text declares for its parameters ({@code # default: ?name = value}). */
    public Map<String, Node> defaults() {
        return QueryRunner.defaults(text);
    }

    /** The parsed query with the defaults it declares bound. */
    public Query parseWithDefaults() {
        return QueryRunner.bind(parse(), defaults());
    }
}
