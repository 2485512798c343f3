package org.geokg.graph.format;

import static org.geokg.graph.format.SampleNetworks.AWKWARD;
import static org.geokg.graph.format.SampleNetworks.DIRECTED;
import static org.geokg.graph.format.SampleNetworks.LABELS;
import static org.geokg.graph.format.SampleNetworks.MEETINGS;
import static org.geokg.graph.format.SampleNetworks.PAIRS;
import static org.geokg.graph.format.SampleNetworks.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.geokg.graph.Network;
import org.junit.jupiter.api.Test;

/**
 * Each writer on a small network with awkward names: valid for its consumers, nothing lost (DOT read back by Graphviz
 * is in {@link DotWriterIT}).
 */
class NetworkWritersTest {
    @Test
    void graphMlIsSchemaValidAndKeepsEverything() throws Exception {
        for (Network network : List.of(MEETINGS, DIRECTED)) {
            String xml = write(new GraphMlWriter(), network);
            FormatChecks.validGraphMl(xml);
            assertEquals(LABELS, FormatChecks.graphMlContent(xml).nodes());
        }
        String xml = write(new GraphMlWriter(), MEETINGS);
        assertEquals(PAIRS, FormatChecks.graphMlContent(xml).edges());
        assertTrue(xml.contains("edgedefault=\"undirected\""), xml);
        assertTrue(xml.contains("<data key=\"node_wikidata\">Q42</data>"), xml);
        assertTrue(xml.contains("<data key=\"edge_articles\">https://example.org/article/1 "
                + "https://example.org/article/2</data>"), xml);
        assertTrue(write(new GraphMlWriter(), DIRECTED).contains("edgedefault=\"directed\""));
    }

    @Test
    void gexfIsSchemaValidAndKeepsEverything() throws Exception {
        String oneLine = AWKWARD.replace('\n', ' ');
        for (Network network : List.of(MEETINGS, DIRECTED)) {
            String xml = write(new GexfWriter(), network);
            FormatChecks.validGexf13(xml);
            assertEquals(Set.of(oneLine, "Bolivia", "Ünited Nätions", "Nobody"),
                    FormatChecks.gexfContent(xml).nodes(), "labels are attributes, where a line break is a space");
        }
        String xml = write(new GexfWriter(), MEETINGS);
        assertEquals(Set.of(FormatChecks.pair(oneLine, "Bolivia"), FormatChecks.pair(oneLine, "Ünited Nätions")),
                FormatChecks.gexfContent(xml).edges());
        assertTrue(xml.contains("defaultedgetype=\"undirected\""), xml);
        assertTrue(xml.contains("<attvalue for=\"wikidata\" value=\"Q42\"/>"), xml);
        assertTrue(xml.contains("weight=\"1\""), xml);
        assertTrue(xml.contains("<attvalue for=\"type\" value=\"State\"/>"), xml);
    }

    @Test
    void aSchemaViolationIsCaught() {
        String xml = assertDoesNotThrowWrite(new GraphMlWriter()).replace("<node id=\"n0\">", "<node>");
        assertThrows(AssertionError.class, () -> FormatChecks.validGraphMl(xml));
        String gexf = assertDoesNotThrowWrite(new GexfWriter()).replace("<nodes>", "<nodes><bogus/>");
        assertThrows(AssertionError.class, () -> FormatChecks.validGexf13(gexf));
    }

    private static String assertDoesNotThrowWrite(NetworkWriter writer) {
        try {
            return write(writer, MEETINGS);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void dotNamesItsGraphAndKeepsEveryDirectedEdge() throws IOException {
        assertTrue(write(new DotWriter(), MEETINGS).startsWith("graph \"meetings\" {"));
        String directed = write(new DotWriter(), DIRECTED);
        assertTrue(directed.startsWith("digraph \"full\" {"), directed);
        assertEquals(3, directed.lines().filter(l -> l.contains(" -> ")).count());
    }

    @Test
    void cytoscapeElementsHaveTheRequiredFields() throws IOException {
        String json = write(new CytoscapeWriter(), MEETINGS);
        FormatChecks.Content content = FormatChecks.cytoscapeElements(json);
        assertEquals(LABELS, content.nodes());
        assertEquals(PAIRS, content.edges());
        JsonObject first = JsonParser.parseString(json).getAsJsonObject().getAsJsonObject("elements")
                .getAsJsonArray("nodes").get(0).getAsJsonObject().getAsJsonObject("data");
        assertEquals("Q42", first.get("wikidata").getAsString());
        assertEquals(2, first.get("meetings").getAsInt());
        assertEquals("Person", first.get("type").getAsString());
    }

    @Test
    void d3NodeLinkHasTheRequiredFields() throws IOException {
        String json = write(new D3Writer(), MEETINGS);
        FormatChecks.Content content = FormatChecks.d3NodeLink(json);
        assertEquals(LABELS, content.nodes());
        assertEquals(PAIRS, content.edges());
        JsonObject root = JsonParser.parseString(json).getAsJsonObject();
        assertEquals(false, root.get("directed").getAsBoolean());
        JsonObject link = root.getAsJsonArray("links").get(0).getAsJsonObject();
        assertEquals("2020-01-05", link.get("first").getAsString());
        assertEquals("La Paz", link.getAsJsonArray("places").get(0).getAsString());
        assertEquals(1, link.get("evidence").getAsInt());
        assertTrue(root.getAsJsonArray("links").get(1).getAsJsonObject().get("first").isJsonNull());
    }
}
