package org.geokg.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The features the confidence model weighs to tell how likely a meeting found is right: its kind and status; the
 * rules that found it and how they found its parties (the words around the trigger, its parse, a clause's subject,
 * the pair of the meeting before, a list); how many sentences state it; how many parties it has and of which types;
 * whether it has a date, a place and a host.
 */
final class ConfidenceFeatures {
    private ConfidenceFeatures() {
    }

    /** The confidence features of a meeting. */
    static List<String> of(Meeting m) {
        List<String> f = new ArrayList<>();
        f.add("bias");
        String kind = m.kind().name().toLowerCase(Locale.ROOT);
        String status = m.status().name().toLowerCase(Locale.ROOT);
        f.add("kind=" + kind);
        f.add("status=" + status);
        f.add("kind-status=" + kind + "-" + status);
        String[] rules = m.rule().split(",");
        for (String rule : rules) {
            String[] parts = rule.split("\\+");
            String form = parts[0].contains(":") ? parts[0].substring(0, parts[0].indexOf(':')) : parts[0];
            f.add("form=" + form);
            for (int i = 1; i < parts.length; i++) {
                f.add("how=" + parts[i].replaceAll(":.*", ""));
            }
        }
        f.add(rules.length > 1 ? "rules=several" : "rules=one");
        f.add(m.evidence().size() > 1 ? "sentences=several" : "sentences=one");
        f.add("parties=" + Math.min(m.participants().size(), 4));
        List<String> types = m.participants().stream().map(k -> k.contains("/") ? k.substring(0, k.indexOf('/')) : k)
                .sorted().distinct().toList();
        f.add("types=" + String.join("-", types));
        f.add(m.date() == null ? "date=none" : "date=" + m.date().precision().name().toLowerCase(Locale.ROOT));
        f.add(m.place() == null ? "place=none" : "place=some");
        f.add(m.host() == null ? "host=none" : "host=some");
        return f;
    }
}
