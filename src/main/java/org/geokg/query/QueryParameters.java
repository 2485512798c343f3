package org.geokg.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.core.Var;

/**
 * The parameters of a query given on the command line ({@code NAME=VALUE}), read against the query: a name must be
 * one of the parameters the query declares ({@code # params: ?a ?b}, {@code # params: none}), or else a variable of
 * the query (a misspelt name would leave the variable free and match everything), and a value must be an RDF term
 * ({@link Terms#term}). The defaults the query declares come first; a value given overrides one.
 *
 * <pre>
 * QueryText text = SavedQueries.find("meetings-of");
 * Map&lt;String, Node&gt; bound = QueryParameters.read(text, text.parse(), List.of("name=Xi Jinping"));
 * </pre>
 */
public final class QueryParameters {
    private static final Pattern DECLARED = Pattern.compile("#\\s*params?:(.*)");
    private static final Pattern VARIABLE = Pattern.compile("[?$](\\w+)");

    private QueryParameters() {
    }

    /** The defaults of the query, then the assignments; a bad name or value fails naming the parameter. */
    public static Map<String, Node> read(QueryText text, Query query, List<String> assignments) {
        Map<String, Node> bound = new LinkedHashMap<>(text.defaults());
        Set<String> parameters = new TreeSet<>(declared(text.text()));
        if (parameters.isEmpty() && !declaresNone(text.text())) {
            parameters = variables(query);
        }
        parameters.addAll(bound.keySet());
        for (String assignment : assignments) {
            int equals = assignment.indexOf('=');
            if (equals < 1) {
                throw new QueryRunner.BadQueryException("--param needs NAME=VALUE, not " + assignment);
            }
            String name = assignment.substring(0, equals).replaceFirst("^[?$]", "");
            if (!parameters.contains(name)) {
                throw new QueryRunner.BadQueryException("--param " + name + ": " + text.source() + " has no parameter ?"
                        + name + "; " + listing(parameters));
            }
            try {
                bound.put(name, Terms.term(assignment.substring(equals + 1)));
            } catch (Terms.BadTermException e) {
                throw new QueryRunner.BadQueryException("--param " + name + ": " + e.getMessage(), e);
            }
        }
        return bound;
    }

    /** The variables a query mentions anywhere: patterns, filters, expressions, SERVICE, projections. */
    static Set<String> variables(Query query) {
        Set<String> names = new TreeSet<>();
        for (Var var : OpVars.mentionedVars(Algebra.compile(query))) {
            names.add(var.getVarName());
        }
        query.getProjectVars().forEach(var -> names.add(var.getVarName()));
        names.removeIf(name -> !name.matches("\\w+")); // the renamed variables of subqueries
        return names;
    }

    /** The parameters a query file declares in its {@code # params: ?a ?b ...} comment lines. */
    static List<String> declared(String text) {
        return text.lines().map(DECLARED::matcher).filter(Matcher::matches)
                .flatMap(m -> VARIABLE.matcher(m.group(1)).results().map(r -> r.group(1))).distinct().toList();
    }

    private static boolean declaresNone(String text) {
        return text.lines().anyMatch(line -> line.matches("#\\s*params?:\\s*none\\b.*"));
    }

    private static String listing(Set<String> names) {
        return names.isEmpty() ? "it takes no parameters"
                : "its parameters: " + String.join(" ", names.stream().map(n -> "?" + n).toList());
    }
}
