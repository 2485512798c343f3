package org.geokg.mention;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.geokg.lexicon.EntityType;

/**
 * A mention as the case tables write it: {@code TYPE:text=name}, as in {@code STATE:U.S.=United States}, or
 * {@code TYPE:text} when the name is the text itself, as in {@code PERSON:Bill English}. {@code *} stands for any
 * type; in the text and the name, {@code *} matches any characters ({@code =*} for any name). Attributes may follow
 * in brackets: {@code [demonym=true, rule=title, sentence=1]}.
 *
 * @param type       an entity type, or {@code *}
 * @param text       the text, {@code *} matching any characters
 * @param name       the name, {@code *} matching any characters, or {@code null} for the text itself
 * @param attributes the demonym flag, rule and sentence index to check, by key
 */
record MentionPattern(String type, String text, String name, Map<String, String> attributes) {
    private static final String ANY = "*";
    private static final Set<String> KEYS = Set.of("demonym", "rule", "sentence");

    MentionPattern {
        attributes = Map.copyOf(attributes);
    }

    /** Parses the written form. */
    static MentionPattern parse(String written) {
        String rest = written;
        Map<String, String> attributes = new LinkedHashMap<>();
        int bracket = rest.lastIndexOf(" [");
        if (bracket >= 0 && rest.endsWith("]")) {
            for (String pair : rest.substring(bracket + 2, rest.length() - 1).split(", ")) {
                String[] kv = pair.split("=", 2);
                if (kv.length != 2 || !KEYS.contains(kv[0])) {
                    throw new IllegalArgumentException("attributes are demonym=, rule= and sentence=: '"
                            + written + "'");
                }
                attributes.put(kv[0], kv[1]);
            }
            rest = rest.substring(0, bracket);
        }
        int colon = rest.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("a mention is TYPE:text=name: '" + written + "'");
        }
        String type = rest.substring(0, colon);
        if (!type.equals(ANY)) {
            EntityType.valueOf(type);
        }
        int equals = rest.indexOf('=', colon);
        return equals < 0 ? new MentionPattern(type, rest.substring(colon + 1), null, attributes)
                : new MentionPattern(type, rest.substring(colon + 1, equals), rest.substring(equals + 1), attributes);
    }

    /** Whether the mention's text is this pattern's text. */
    boolean matchesText(String actual) {
        return glob(text).matcher(actual).matches();
    }

    /** Whether the mention matches this pattern in every field it gives. */
    boolean matches(Mention m) {
        return (type.equals(ANY) || type.equals(m.type().name())) && matchesText(m.text())
                && (name == null ? m.name().equals(m.text()) : glob(name).matcher(m.name()).matches())
                && attributes.entrySet().stream().allMatch(a -> a.getValue().equals(attribute(m, a.getKey())));
    }

    /** The written form of a mention, with all its attributes. */
    static String format(Mention m) {
        return m.type() + ":" + m.text() + (m.name().equals(m.text()) ? "" : "=" + m.name()) + " ["
                + KEYS.stream().sorted().map(k -> k + "=" + attribute(m, k)).collect(Collectors.joining(", ")) + "]";
    }

    @Override
    public String toString() {
        return type + ":" + text + (name == null ? "" : "=" + name) + (attributes.isEmpty() ? ""
                : attributes.entrySet().stream().map(a -> a.getKey() + "=" + a.getValue())
                        .sorted().collect(Collectors.joining(", ", " [", "]")));
    }

    private static String attribute(Mention m, String key) {
        return switch (key) {
            case "demonym" -> String.valueOf(m.demonym());
            case "rule" -> m.rule();
            case "sentence" -> String.valueOf(m.sentence());
            default -> throw new IllegalArgumentException(key);
        };
    }

    private static Pattern glob(String glob) {
        return Pattern.compile(Arrays.stream(glob.split("\\*", -1)).map(Pattern::quote)
                .collect(Collectors.joining(".*")));
    }
}
