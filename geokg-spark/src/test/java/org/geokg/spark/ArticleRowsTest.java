package org.geokg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.geokg.rdf.Iris;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The row mapping, on the golden article of the core: the cases are the rows of {@code rows.tsv}. */
class ArticleRowsTest {
    private static final Node ARTICLE = Iris.article("voa-putin-xi-2023-03-21");
    private static final Graph GRAPH = golden();
    private static final Map<String, List<Row>> TABLES = Map.of(
            "mentions", ArticleRows.mentions(GRAPH, ARTICLE),
            "entities", ArticleRows.entities(GRAPH, ARTICLE),
            "meetings", ArticleRows.meetings(GRAPH, ARTICLE));
    private static final Map<String, StructType> SCHEMAS = Map.of("mentions", TableSchemas.MENTIONS,
            "entities", TableSchemas.ENTITIES, "meetings", TableSchemas.MEETINGS);

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = ArticleRowsTest.class.getResourceAsStream("/rows.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> line.split("\t", -1))
                    .map(f -> Arguments.of(f[0], expand(f[1]), f[2], expand(f[3])))
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("cases")
    void tableHoldsTheValue(String table, String key, String column, String expected) {
        List<Row> rows = TABLES.get(table);
        if (column.equals("count")) {
            assertEquals(Integer.parseInt(expected), rows.size());
            return;
        }
        Row row = rows.stream().filter(r -> r.getString(1).equals(key)).findFirst().orElseThrow(
                () -> new AssertionError("no row " + key + " in " + table));
        boolean size = column.startsWith("size(");
        String name = size ? column.substring(5, column.length() - 1) : column;
        Object value = row.get(SCHEMAS.get(table).fieldIndex(name));
        assertEquals(expected, size ? String.valueOf(((String[]) value).length) : show(value));
    }

    /** Every row fits its schema: one value per column, of the column's type, and none missing where none may be. */
    @ParameterizedTest
    @ValueSource(strings = {"mentions", "entities", "meetings"})
    void rowsFitTheirSchema(String table) {
        StructType schema = SCHEMAS.get(table);
        for (Row row : TABLES.get(table)) {
            assertEquals(schema.size(), row.length(), row.toString());
            for (int i = 0; i < schema.size(); i++) {
                StructField field = schema.fields()[i];
                Object value = row.get(i);
                if (value == null) {
                    assertEquals(true, field.nullable(), field.name() + " of " + row);
                    continue;
                }
                Class<?> type = field.dataType() instanceof ArrayType ? String[].class
                        : field.dataType().equals(DataTypes.IntegerType) ? Integer.class
                        : field.dataType().equals(DataTypes.DoubleType) ? Double.class : String.class;
                assertInstanceOf(type, value, field.name() + " of " + row);
            }
            assertNotNull(row.getString(0));
        }
    }

    private static String show(Object value) {
        if (value == null) {
            return "-";
        }
        if (value instanceof String[] list) {
            return list.length == 0 ? "[]" : String.join(" | ", list);
        }
        return String.valueOf(value);
    }

    private static String expand(String value) {
        return value.replace("article:", Iris.ARTICLE_NS).replace("id:", Iris.ID_NS);
    }

    private static Graph golden() {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        RDFParser.source(ArticleRowsTest.class.getResource("/voa-putin-xi-2023-03-21.nq.gz").toString())
                .lang(Lang.NQUADS).parse(dataset);
        return dataset.getGraph(NodeFactory.createURI(ARTICLE.getURI()));
    }
}
