package org.geokg.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.geokg.GeoKgException;

/**
 * RDF terms from command-line values, checked so that no value can change the query it is bound in once the query
 * is written out for a remote store: an IRI holds none of the characters RDF forbids in IRIs ({@code <>"{}|^`\},
 * spaces and control characters), a date is a real day, a typed literal is well formed, and a blank node is no
 * parameter (written out, it would match anything).
 *
 * <pre>
 * Node name = Terms.term("Xi Jinping");                  // a plain string
 * Node graph = Terms.iri("https://w3id.org/geokg/article/a1");
 * </pre>
 */
public final class Terms {
    /** A value that is no RDF term of the kind it looks like; the message says why, in one line. */
    public static final class BadTermException extends GeoKgException {
        BadTermException(String message) {
            super(message);
        }
    }

    /** The characters that RDF's IRIREF production (Turtle, N-Triples, SPARQL) excludes. */
    private static final Pattern NOT_IN_IRI = Pattern.compile("[\\x00-\\x20<>\"{}|^`\\\\]");

    private Terms() {
    }

    /**
     * An RDF term from a command-line value: {@code <iri>}, an {@code http(s)://} IRI, a Turtle literal such as
     * {@code "x"@en} or {@code "5"^^xsd:int}, an integer, an ISO date, or else a plain string.
     */
    public static Node term(String value) {
        if (value.startsWith("<")) {
            if (!value.endsWith(">") || value.length() < 2) {
                throw new BadTermException("an IRI in <...> must end with '>': " + shown(value));
            }
            return iri(value.substring(1, value.length() - 1));
        }
        if (value.startsWith("_:")) {
            throw new BadTermException("a blank node cannot be a parameter: " + shown(value));
        }
        if (value.startsWith("\"")) {
            return literal(value);
        }
        if (value.startsWith("http://") || value.startsWith("https://")) {
            return iri(value);
        }
        if (value.matches("-?\\d{1,18}")) {
            return NodeFactory.createLiteralDT(value, XSDDatatype.XSDinteger);
        }
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new BadTermException("not a date (YYYY-MM-DD): " + value);
            }
            return NodeFactory.createLiteralDT(value, XSDDatatype.XSDdate);
        }
        return NodeFactory.createLiteralString(value);
    }

    /** An absolute IRI, refused when it holds a character that RDF forbids in IRIs or is no IRI at all. */
    public static Node iri(String value) {
        Matcher bad = NOT_IN_IRI.matcher(value);
        if (bad.find()) {
            char c = value.charAt(bad.start());
            String what = c == ' ' ? "a space" : c < ' ' ? "a control character" : "'" + c + "'";
            throw new BadTermException("not an IRI (" + what + " may not appear in an IRI): " + shown(value));
        }
        try {
            if (!IRIx.create(value).isAbsolute()) {
                throw new BadTermException("not an absolute IRI (no scheme such as https:): " + value);
            }
        } catch (IRIException e) {
            throw new BadTermException("not an IRI: " + value + ": " + e.getMessage());
        }
        return NodeFactory.createURI(value);
    }

    private static Node literal(String value) {
        Node node;
        try {
            node = NodeFactoryExtra.parseNode(value, PrefixMapFactory.create(Prefixes.standard()));
        } catch (RiotException e) {
            throw new BadTermException("not a Turtle literal: " + shown(value) + ": " + e.getMessage());
        }
        if (!node.isLiteral()) {
            throw new BadTermException("not a Turtle literal: " + shown(value));
        }
        if (node.getLiteralDatatype() instanceof XSDDatatype && !node.getLiteral().isWellFormed()) {
            throw new BadTermException("not a valid " + node.getLiteralDatatype().getURI().replaceFirst(".*#", "xsd:")
                    + ": " + shown(value));
        }
        return node;
    }

    /** The value on one line: control characters (a newline) shown as {@code ?}. */
    private static String shown(String value) {
        return value.replaceAll("\\p{Cntrl}", "?");
    }
}
