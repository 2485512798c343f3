package org.geokg.graph.format;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.geokg.graph.NetworkEdge;
import org.geokg.graph.NetworkNode;

/** The node and edge fields shared by the JSON formats, one small method per JSON shape. */
final class Json {
    private Json() {
    }

    static JsonWriter writer(Writer out) {
        JsonWriter json = new JsonWriter(out);
        json.setIndent("  ");
        json.setHtmlSafe(false);
        return json;
    }

    /** A node as an object: id, label, type, wikidata (or null), meetings, color. */
    static void node(JsonWriter json, NetworkNode node) throws IOException {
        json.beginObject();
        json.name("id").value(node.id());
        json.name("label").value(node.label());
        json.name("type").value(node.type());
        json.name("wikidata").value(node.wikidata());
        json.name("meetings").value(node.meetings());
        json.name("color").value(Palette.color(node.type()));
        json.endObject();
    }

    /** The fields of an edge inside an open object: source, target, relation and the meeting fields. */
    static void edgeFields(JsonWriter json, NetworkEdge edge) throws IOException {
        json.name("source").value(edge.source());
        json.name("target").value(edge.target());
        json.name("relation").value(edge.relation());
        json.name("meetings").value(edge.meetings());
        json.name("first").value(edge.first());
        json.name("last").value(edge.last());
        strings(json.name("places"), edge.places());
        json.name("evidence").value(edge.evidence());
        strings(json.name("articles"), edge.articles());
    }

    private static void strings(JsonWriter json, List<String> values) throws IOException {
        json.beginArray();
        for (String value : values) {
            json.value(value);
        }
        json.endArray();
    }
}
