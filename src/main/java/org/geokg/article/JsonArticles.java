package org.geokg.article;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Articles from JSON: strict parsing whose errors speak to the user (line, column and what was expected, never
 * Gson's advice to its programmers), and the article fields of a JSON object.
 */
final class JsonArticles {
    private static final TypeAdapter<JsonElement> JSON = new Gson().getAdapter(JsonElement.class);
    /** The fields an article has its own place for; any other field of a plain value goes into its metadata. */
    private static final Set<String> FIELDS = Set.of("id", "url", "title", "date", "text");
    /** Gson's message: what, then where. */
    private static final Pattern GSON_MESSAGE = Pattern.compile(
            "(?s)(.*?) at line (\\d+) column (\\d+) path (\\S*).*");
    private static final String LENIENT_ADVICE = "Use JsonReader.setStrictness";

    private JsonArticles() {
    }

    /**
     * Parses JSON strictly: Gson's lenient default would take {@code "text": oops} as a string. Legacy-strict still
     * accepts raw control characters (tabs, ...) inside strings, which some feeds write.
     */
    static JsonElement parse(String source, String json) {
        JsonReader reader = new JsonReader(new StringReader(json));
        reader.setStrictness(Strictness.LEGACY_STRICT);
        JsonElement root;
        try {
            root = JSON.read(reader);
        } catch (IOException | JsonParseException | IllegalStateException e) {
            throw new BadArticleException(source, "malformed JSON " + explain(e, json));
        }
        try {
            if (reader.peek() == JsonToken.END_DOCUMENT) {
                return root;
            }
        } catch (IOException e) {
            // a second value, a comment: both are data after the value
        }
        Matcher where = GSON_MESSAGE.matcher(reader.toString());
        throw new BadArticleException(source, "malformed JSON" + (where.matches() ? " at line " + where.group(2) : "")
                + ": more data after the JSON value (a .json file holds one article object or an array of them, "
                + "a .jsonl line one object)");
    }

    /** Where the parse failed and what was expected there, in one line. */
    private static String explain(Exception e, String json) {
        Throwable cause = e instanceof JsonParseException && e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage() == null ? "" : cause.getMessage();
        Matcher m = GSON_MESSAGE.matcher(message);
        if (!m.matches()) {
            return ": " + message.lines().findFirst().orElse("syntax error");
        }
        String what = m.group(1);
        int line = Integer.parseInt(m.group(2));
        int column = Integer.parseInt(m.group(3));
        if (what.startsWith(LENIENT_ADVICE)) {
            String text = json.lines().skip(line - 1L).findFirst().orElse("");
            int at = offending(text, column);
            return "at line " + line + ", column " + (at + 1) + ": " + notJson(text, at);
        }
        return "at line " + line + ", column " + column + ": " + expected(what);
    }

    /** What Gson's complaint means for the writer of the file. */
    private static String expected(String what) {
        if (what.startsWith("End of input")) {
            return "the text ends inside the JSON (an object, array or string is not closed)";
        } else if (what.startsWith("Expected ':'")) {
            return "expected ':' after the field name";
        } else if (what.startsWith("Expected name")) {
            return "expected a field name in double quotes (no comma before '}')";
        } else if (what.startsWith("Unterminated object")) {
            return "expected ',' or '}' after the field's value";
        } else if (what.startsWith("Unterminated array")) {
            return "expected ',' or ']' after the item";
        } else if (what.startsWith("Unterminated string")) {
            return "a string is not closed (a '\"' is missing)";
        } else if (what.startsWith("Expected value")) {
            return "expected a value (a string in double quotes, a number, an object, an array, true, false or null)";
        } else if (what.contains("escape")) {
            return "a bad escape in a string (a backslash is written \\\\, a character \\uXXXX)";
        } else if (what.startsWith("Nesting limit")) {
            return "nested too deeply (" + what.toLowerCase(java.util.Locale.ROOT) + ")";
        }
        return what;
    }

    /**
     * The index of the character Gson stopped at when it asked for leniency: it has read the character before its
     * column when that one is a quote, a comment, a bracket or a separator, else it stopped at its column.
     */
    private static int offending(String line, int column) {
        int before = column - 2;
        if (before >= 0 && before < line.length()) {
            char c = line.charAt(before);
            if (Character.isLetterOrDigit(c) || "'#/]},;=".indexOf(c) >= 0) {
                return before;
            }
        }
        return Math.max(0, Math.min(column - 1, line.length() - 1));
    }

    /** Why the character at this index is not JSON. */
    private static String notJson(String line, int at) {
        char c = at < line.length() ? line.charAt(at) : ' ';
        if (c == '\'') {
            return "single quotes (JSON strings take double quotes)";
        } else if (c == '#' || c == '/') {
            return "a comment (JSON has none)";
        } else if (c == ']' || c == '}') {
            return "a comma before '" + c + "' (JSON has no trailing comma)";
        } else if (Character.isLetterOrDigit(c) || c == '-') {
            int end = at;
            while (end < line.length() && (Character.isLetterOrDigit(line.charAt(end)) || line.charAt(end) == '_')) {
                end++;
            }
            return "unquoted text '" + line.substring(at, Math.max(end, at + 1))
                    + "' (a string takes double quotes; the bare words are true, false and null)";
        }
        return "'" + c + "' is not JSON here (expected a string in double quotes, a number, an object or an array)";
    }

    /** The article an object gives; a NUL in any of its strings follows the rule of files: binary, not text. */
    static Article article(String source, String fileSource, JsonElement element) {
        if (!element.isJsonObject()) {
            throw new BadArticleException(source, "expected a JSON object with a \"text\" field, not " + type(element));
        }
        JsonObject object = element.getAsJsonObject();
        JsonElement textValue = object.get("text");
        if (textValue == null) {
            throw new BadArticleException(source, "no \"text\" field");
        }
        if (!textValue.isJsonPrimitive() || !textValue.getAsJsonPrimitive().isString()) {
            throw new BadArticleException(source, "\"text\" is " + type(textValue) + ", not a string");
        }
        String text = textValue.getAsString();
        if (text.isBlank()) {
            throw new BadArticleException(source, "\"text\" is empty");
        }
        String id = string(object, "id");
        String url = string(object, "url");
        Map<String, String> metadata = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> field : object.entrySet()) {
            if (field.getValue().isJsonPrimitive()) {
                String value = field.getValue().getAsString();
                if (value.indexOf('\0') >= 0) {
                    throw new BadArticleException(source, "binary content (NUL character in \"" + field.getKey()
                            + "\"), not text");
                }
                if (!FIELDS.contains(field.getKey())) {
                    metadata.put(field.getKey(), value);
                }
            }
        }
        String date = string(object, "date");
        LocalDate published = ArticleReader.parseDate(date);
        if (date != null && published == null) {
            metadata.put("date", date);
        }
        return new Article(ArticleIds.of(id, url, text), fileSource, url, string(object, "title"), published,
                text, metadata);
    }

    private static String type(JsonElement value) {
        if (value.isJsonNull()) {
            return "null";
        } else if (value.isJsonArray()) {
            return "an array";
        } else if (value.isJsonObject()) {
            return "an object";
        }
        return value.getAsJsonPrimitive().isNumber() ? "a number" : value.getAsJsonPrimitive().isBoolean()
                ? "a boolean" : "a string";
    }

    private static String string(JsonObject object, String field) {
        JsonElement value = object.get(field);
        return value == null || !value.isJsonPrimitive() ? null : value.getAsString();
    }
}
