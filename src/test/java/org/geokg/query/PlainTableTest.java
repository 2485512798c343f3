package org.geokg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The query table: plain cells, prefixes applied, and long cells cut to fit the width. */
class PlainTableTest {
    private static final String QUERY = """
            PREFIX gkg: <https://w3id.org/geokg/ontology#>
            SELECT ?name ?kind ?n ?note WHERE {
              VALUES (?name ?kind ?n ?note) {
                ("Xi Jinping" gkg:Person 12 "met Putin in Moscow")
                ("Russia" <https://example.org/State> 3 UNDEF)
              }
            }""";

    @ParameterizedTest(name = "width {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            1000 | 'name        kind                         n   note¶----------  ---------------------------  --  -------------------¶Xi Jinping  gkg:Person                   12  met Putin in Moscow¶Russia      <https://example.org/State>  3'
            50   | 'name        kind              n   note¶----------  ----------------  --  ----------------¶Xi Jinping  gkg:Person        12  met Putin in Mo…¶Russia      <https://exampl…  3'
            30   | 'name      kind      n   note¶--------  --------  --  --------¶Xi Jinp…  gkg:Per…  12  met Put…¶Russia    <https:…  3'
            """)
    void cellsArePlainAndCutToTheWidth(int width, String expected) {
        Query query = QueryFactory.create(QUERY);
        ResultSet results;
        try (QueryExecution execution = QueryExecution.create(query, ModelFactory.createDefaultModel())) {
            results = ResultSetFactory.copyResults(execution.execSelect());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlainTable.write(new PrintStream(out, true, StandardCharsets.UTF_8), results, query.getPrefixMapping(), width);
        assertEquals(expected.replace('¶', '\n') + "\n", out.toString(StandardCharsets.UTF_8).replace("\r", ""));
    }
}
