package org.geokg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.TextDirection;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.rw.RowSetWriterJSON;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonResultsWriterTest {
    private static final RowSetWriter JENA = RowSetWriterJSON.factory.create(ResultSetLang.RS_JSON);
    private static final Var X = Var.alloc("x");
    private static final Var Y = Var.alloc("y");
    private static final Var Z = Var.alloc("z");

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # kind    | text, with \\uXXXX escapes
            uri       | https://w3id.org/geokg/id/Q30
            uri       | http://example.org/a\\u0022b
            string    | Xi Jinping
            string    | ``
            string    | quote \\u0022 backslash \\u005c slash / and </script>
            string    | / at the start, <</ twice, a/b
            string    | tab\\u0009 newline\\u000a return\\u000d backspace\\u0008 feed\\u000c
            string    | controls \\u0000 \\u0001 \\u001f \\u007f \\u0080 \\u009f \\u00a0
            string    | spaces \\u2000 \\u2028 \\u2029 \\u20ac \\u20ff \\u2100
            string    | Grabar-Kitarović, 習近平, Владимир
            string    | astral \\ud83d\\ude00 and a lone \\ud83d surrogate
            lang      | en
            lang      | zh-Hant-TW
            dir       | ar
            integer   | 42
            date      | 2023-03-20
            wkt       | POINT(37.6 55.7)
            bnode     | b7
            """)
    void oneValueIsWrittenAsJenaWritesIt(String kind, String text) {
        String value = unescape(text);
        Node node = switch (kind) {
            case "uri" -> NodeFactory.createURI(value);
            case "string" -> NodeFactory.createLiteralString(value);
            case "lang" -> NodeFactory.createLiteralLang("a label \"" + value + "\"", value);
            case "dir" -> NodeFactory.createLiteralDirLang("نص", value, TextDirection.RTL);
            case "integer" -> NodeFactory.createLiteralDT(value, XSDDatatype.XSDinteger);
            case "date" -> NodeFactory.createLiteralDT(value, XSDDatatype.XSDdate);
            case "wkt" -> NodeFactory.createLiteralDT(value,
                    NodeFactory.getType("http://www.opengis.net/ont/geosparql#wktLiteral"));
            case "bnode" -> NodeFactory.createBlankNode(value);
            default -> throw new IllegalArgumentException(kind);
        };
        assertSameAsJena(List.of(X), List.of(BindingFactory.binding(X, node)), null);
    }

    @Test
    void rowsWithUnboundAndRepeatedBlankNodesAreWrittenAsJenaWritesThem() {
        Node b1 = NodeFactory.createBlankNode();
        Node b2 = NodeFactory.createBlankNode();
        Node uri = NodeFactory.createURI("https://w3id.org/geokg/id/Q148");
        List<Binding> rows = List.of(
                BindingFactory.binding(X, uri, Y, b1),
                BindingFactory.binding(Y, b2, Z, b1),
                BindingFactory.binding(),
                BindingFactory.binding(Z, NodeFactory.createLiteralString("last")));
        assertSameAsJena(List.of(X, Y, Z), rows, null);
        Context given = new Context();
        given.set(ARQ.outputGraphBNodeLabels, true);
        assertSameAsJena(List.of(X, Y, Z), rows, given);
    }

    @Test
    void anEmptyResultAndOneWithoutVariablesAreWrittenAsJenaWritesThem() {
        assertSameAsJena(List.of(X, Y), List.of(), null);
        assertSameAsJena(List.of(), List.of(BindingFactory.binding()), null);
    }

    @Test
    void tripleTermsNestedOrNotAreWrittenAsJenaWritesThem() {
        Node s = NodeFactory.createURI("http://example.org/s");
        Node p = NodeFactory.createURI("http://example.org/p");
        Node inner = NodeFactory.createTripleTerm(s, p, NodeFactory.createLiteralLang("o", "en"));
        Node outer = NodeFactory.createTripleTerm(NodeFactory.createBlankNode(), p, inner);
        assertSameAsJena(List.of(X, Y), List.of(BindingFactory.binding(X, inner, Y, outer),
                BindingFactory.binding(Y, s)), null);
    }

    @Test
    void randomTextIsEscapedAsJenaEscapesIt() {
        Random random = new Random(15);
        char[] pool = "aZ09 \"\\/<>\n\t\u0000\u001f\u007f\u0085\u00e9\u2000\u2028\u20ff\u2100\ud83d\ude00\uffff".toCharArray();
        List<Binding> rows = new ArrayList<>();
        for (int r = 0; r < 300; r++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(pool[random.nextInt(pool.length)]);
            }
            rows.add(BindingFactory.binding(X, NodeFactory.createLiteralString(text.toString()),
                    Y, NodeFactory.createURI("http://example.org/" + r)));
        }
        assertSameAsJena(List.of(X, Y), rows, null);
    }

    @Test
    void booleansAreLeftToJena() {
        for (boolean answer : new boolean[] {true, false}) {
            ByteArrayOutputStream ours = new ByteArrayOutputStream();
            ByteArrayOutputStream jena = new ByteArrayOutputStream();
            new JsonResultsWriter().write(ours, answer, null);
            JENA.write(jena, answer, null);
            assertEquals(jena.toString(StandardCharsets.UTF_8), ours.toString(StandardCharsets.UTF_8));
        }
    }

    private static void assertSameAsJena(List<Var> vars, List<Binding> rows, Context context) {
        Function<RowSetWriter, String> written = writer -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RowSet rowSet = RowSetStream.create(vars, rows.isEmpty() ? Collections.emptyIterator() : rows.iterator());
            writer.write(out, rowSet, context);
            return out.toString(StandardCharsets.UTF_8);
        };
        assertEquals(written.apply(JENA), written.apply(new JsonResultsWriter()));
    }

    /** The case table's {@code \\uXXXX} escapes, so that it can hold control characters and lone surrogates. */
    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (text.startsWith("\\u", i) && i + 6 <= text.length()) {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }
}
