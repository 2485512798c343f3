package org.geokg.eval;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.geokg.GeoKgException;
import org.geokg.query.QueryRunner;
import org.geokg.store.KgStore;

/**
 * Scores the meetings in a store against gold annotations: precision, recall and F1 over unordered participant
 * pairs per document (meetings that took place), with names matched leniently ("Xi" matches "Xi Jinping", and any
 * alias of an entity counts); date and place accuracy on the matched pairs; and the planned or cancelled gold
 * meetings that were reported as having taken place.
 */
public final class MeetingEvaluator {
    private MeetingEvaluator() {
    }

    /** Reads a gold file of JSON lines. */
    public static List<GoldMeeting> readGold(Path file) {
        List<GoldMeeting> gold = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GeoKgException(file + ": cannot read: " + e.getMessage(), e);
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                JsonObject o = JsonParser.parseString(lines.get(i)).getAsJsonObject();
                List<String> participants = new ArrayList<>();
                o.getAsJsonArray("participants").forEach(p -> participants.add(p.getAsString()));
                gold.add(new GoldMeeting(o.get("doc").getAsString(), participants, string(o, "place"),
                        string(o, "date"), string(o, "kind"), string(o, "status"), string(o, "evidence")));
            } catch (RuntimeException e) {
                throw new GeoKgException(file + ":" + (i + 1) + ": not a gold meeting: " + e.getMessage(), e);
            }
        }
        return gold;
    }

    private static String string(JsonObject o, String field) {
        JsonElement value = o.get(field);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }

    /** The meetings of a store, keyed by the articles' ids. */
    public static List<PredictedMeeting> predicted(KgStore store, Map<String, String> articleIds) {
        ResultSet rows = store.select(QueryRunner.parse("""
                SELECT ?article ?m ?p ?name ?place ?date ?kind ?status ?evidence WHERE {
                  ?m gkg:participant ?p ; gkg:status ?statusIri ; a ?kindClass ; prov:wasDerivedFrom ?article .
                  { ?p rdfs:label ?name } UNION { ?p skos:altLabel ?name }
                  BIND(STRAFTER(STR(?statusIri), "#") AS ?status)
                  BIND(STRAFTER(STR(?kindClass), "#") AS ?kind)
                  OPTIONAL { ?m gkg:place/rdfs:label ?place }
                  OPTIONAL { ?m gkg:date ?date }
                  OPTIONAL { ?m gkg:evidence ?sentence . ?sentence nif:referenceContext ?article ;
                                 nif:anchorOf ?evidence }
                } ORDER BY ?m ?p""", "predicted meetings"));
        Map<String, Map<String, Set<String>>> names = new LinkedHashMap<>();
        Map<String, QuerySolution> first = new LinkedHashMap<>();
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            String meeting = row.getResource("m").getURI() + " " + row.getResource("article").getURI();
            first.putIfAbsent(meeting, row);
            names.computeIfAbsent(meeting, k -> new LinkedHashMap<>())
                    .computeIfAbsent(row.getResource("p").getURI(), k -> new HashSet<>())
                    .add(row.getLiteral("name").getString());
        }
        List<PredictedMeeting> meetings = new ArrayList<>();
        first.forEach((meeting, row) -> meetings.add(new PredictedMeeting(
                articleIds.getOrDefault(row.getResource("article").getURI(), row.getResource("article").getURI()),
                new ArrayList<>(names.get(meeting).values()),
                row.contains("place") ? row.getLiteral("place").getString() : null,
                row.contains("date") ? row.getLiteral("date").getLexicalForm() : null,
                row.getLiteral("kind").getString(), row.getLiteral("status").getString(),
                row.contains("evidence") ? row.getLiteral("evidence").getString() : null)));
        return meetings;
    }

    /** Scores predictions against gold. */
    public static MeetingScores score(List<GoldMeeting> gold, List<PredictedMeeting> predicted) {
        List<String> misses = new ArrayList<>();
        List<String> falseAlarms = new ArrayList<>();
        List<String> wrongDates = new ArrayList<>();
        int goldPairs = 0;
        int goldFound = 0;
        int predictedPairs = 0;
        int predictedRight = 0;
        int datesRight = 0;
        int datesScored = 0;
        int placesRight = 0;
        int placesScored = 0;
        int plannedAsOccurred = 0;
        Map<String, int[]> kinds = new java.util.TreeMap<>();
        Set<String> docs = new java.util.TreeSet<>();
        gold.forEach(g -> docs.add(g.doc()));
        predicted.forEach(p -> docs.add(p.doc()));
        for (String doc : docs) {
            List<GoldPair> goldList = goldPairs(gold, doc, "occurred");
            List<PredictedPair> predictedList = predictedPairs(predicted, doc);
            goldPairs += goldList.size();
            predictedPairs += predictedList.size();
            for (GoldPair g : goldList) {
                List<PredictedPair> matches = predictedList.stream().filter(p -> p.matches(g)).toList();
                kinds.computeIfAbsent(String.valueOf(g.meeting().kind()), k -> new int[4])[0]++;
                if (!matches.isEmpty()) {
                    kinds.get(String.valueOf(g.meeting().kind()))[1]++;
                }
                if (matches.isEmpty()) {
                    misses.add(doc + ": " + g.a() + " – " + g.b() + " (" + g.meeting().evidence() + ")");
                    continue;
                }
                goldFound++;
                if (g.meeting().date() != null || matches.stream().allMatch(p -> p.meeting().date() == null)) {
                    datesScored++;
                    if (matches.stream().anyMatch(p -> java.util.Objects.equals(p.meeting().date(),
                            g.meeting().date()))) {
                        datesRight++;
                    } else {
                        wrongDates.add(doc + ": " + g.a() + " – " + g.b() + ": gold " + g.meeting().date()
                                + ", found " + matches.stream().map(p -> p.meeting().date()).toList());
                    }
                }
                if (g.meeting().place() != null) {
                    placesScored++;
                    if (matches.stream().anyMatch(p -> p.meeting().place() != null
                            && sameName(p.meeting().place(), g.meeting().place()))) {
                        placesRight++;
                    }
                }
            }
            List<GoldPair> notOccurred = new ArrayList<>(goldPairs(gold, doc, "planned"));
            notOccurred.addAll(goldPairs(gold, doc, "cancelled"));
            for (PredictedPair p : predictedList) {
                int[] kind = kinds.computeIfAbsent(goldKind(p.meeting().kind()), k -> new int[4]);
                kind[2]++;
                if (goldList.stream().anyMatch(p::matches)) {
                    kind[3]++;
                    predictedRight++;
                } else {
                    falseAlarms.add(doc + ": " + p.a().iterator().next() + " – " + p.b().iterator().next() + " ("
                            + p.meeting().evidence() + ")");
                    if (notOccurred.stream().anyMatch(p::matches)) {
                        plannedAsOccurred++;
                    }
                }
            }
        }
        List<MeetingScores.KindScore> byKind = new ArrayList<>();
        kinds.forEach((kind, n) -> byKind.add(new MeetingScores.KindScore(kind, n[0], n[1], n[2], n[3])));
        return new MeetingScores(goldPairs, goldFound, predictedPairs, predictedRight, datesScored, datesRight,
                placesScored, placesRight, plannedAsOccurred, misses, falseAlarms, wrongDates, byKind);
    }

    /** The gold name of a meeting class: "PhoneCall" is "phone_call". */
    private static String goldKind(String className) {
        return className.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private record GoldPair(String a, String b, GoldMeeting meeting) {
    }

    private record PredictedPair(Set<String> a, Set<String> b, PredictedMeeting meeting) {
        boolean matches(GoldPair gold) {
            return matchesAny(a, gold.a()) && matchesAny(b, gold.b()) || matchesAny(a, gold.b())
                    && matchesAny(b, gold.a());
        }
    }

    private static List<GoldPair> goldPairs(List<GoldMeeting> gold, String doc, String status) {
        List<GoldPair> pairs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (GoldMeeting g : gold) {
            if (!g.doc().equals(doc) || !status.equals(g.status())) {
                continue;
            }
            List<String> ps = g.participants();
            for (int i = 0; i < ps.size(); i++) {
                for (int j = i + 1; j < ps.size(); j++) {
                    String key = normalize(ps.get(i)).compareTo(normalize(ps.get(j))) < 0
                            ? normalize(ps.get(i)) + "|" + normalize(ps.get(j))
                            : normalize(ps.get(j)) + "|" + normalize(ps.get(i));
                    if (seen.add(key)) {
                        pairs.add(new GoldPair(ps.get(i), ps.get(j), g));
                    }
                }
            }
        }
        return pairs;
    }

    private static List<PredictedPair> predictedPairs(List<PredictedMeeting> predicted, String doc) {
        List<PredictedPair> pairs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (PredictedMeeting p : predicted) {
            if (!p.doc().equals(doc) || !"occurred".equals(p.status())) {
                continue;
            }
            List<Set<String>> ps = p.participants();
            for (int i = 0; i < ps.size(); i++) {
                for (int j = i + 1; j < ps.size(); j++) {
                    String a = ps.get(i).iterator().next();
                    String b = ps.get(j).iterator().next();
                    String key = a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
                    if (seen.add(key)) {
                        pairs.add(new PredictedPair(ps.get(i), ps.get(j), p));
                    }
                }
            }
        }
        return pairs;
    }

    private static boolean matchesAny(Set<String> names, String gold) {
        return names.stream().anyMatch(name -> sameName(name, gold));
    }

    /** Lenient name match: equal after normalization, or all words of one are words of the other. */
    static boolean sameName(String a, String b) {
        String x = normalize(a);
        String y = normalize(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.equals(y)) {
            return true;
        }
        Set<String> wx = new HashSet<>(Arrays.asList(x.split(" ")));
        Set<String> wy = new HashSet<>(Arrays.asList(y.split(" ")));
        return wx.containsAll(wy) || wy.containsAll(wx);
    }

    private static String normalize(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("['’.]", "").replaceAll("[^a-z0-9]+", " ").strip()
                .replaceAll("^the ", "");
    }
}
