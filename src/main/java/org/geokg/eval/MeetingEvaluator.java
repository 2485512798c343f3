package org.geokg.eval;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.geokg.GeoKgException;
import org.geokg.query.QueryRunner;
import org.geokg.store.KgStore;

/**
 * Scores the meetings in a store against gold annotations: precision, recall and F1 over unordered participant
 * pairs per document, in two groups of status (meetings that took place, the headline score; planned or cancelled
 * ones), with names matched leniently ("Xi" matches "Xi Jinping", and any alias of an entity counts); date and
 * place accuracy on the found pairs that took place; the pairs whose status was mistaken; and the hard negatives
 * hit. Every pair's outcome is kept, with its evidence, so that callers can list or freeze them.
 *
 * <pre>
 * MeetingScores scores = MeetingEvaluator.score(MeetingEvaluator.readGold(Path.of("dev/meetings.jsonl")),
 *         MeetingEvaluator.predicted(store, ids), HardNegatives.none());
 * </pre>
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

    /**
     * The meetings of a store, keyed by the articles' ids (an article not in the map keeps its IRI). Each
     * participant's names start with its label; where the store holds several places or evidence sentences for a
     * meeting of an article, the first place in alphabetical order and the article's first sentence are taken, so
     * that the result does not depend on the order of the store.
     */
    public static List<PredictedMeeting> predicted(KgStore store, Map<String, String> articleIds) {
        ResultSet rows = store.select(QueryRunner.parse("""
                SELECT ?article ?m ?p ?name ?place ?date ?kind ?status ?evidence ?begin ?confidence WHERE {
                  ?m gkg:participant ?p ; gkg:status ?statusIri ; a ?kindClass ; prov:wasDerivedFrom ?article .
                  { ?p rdfs:label ?name BIND(0 AS ?rank) } UNION { ?p skos:altLabel ?name BIND(1 AS ?rank) }
                  BIND(STRAFTER(STR(?statusIri), "#") AS ?status)
                  BIND(STRAFTER(STR(?kindClass), "#") AS ?kind)
                  OPTIONAL { ?m gkg:place/rdfs:label ?place }
                  OPTIONAL { ?m gkg:date ?date }
                  OPTIONAL { ?m gkg:confidence ?confidence }
                  OPTIONAL { ?m gkg:evidence ?sentence . ?sentence nif:referenceContext ?article ;
                                 nif:anchorOf ?evidence ; nif:beginIndex ?begin }
                } ORDER BY ?article ?m ?p ?rank ?name""", "predicted meetings"));
        Map<String, Found> found = new LinkedHashMap<>();
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            String article = row.getResource("article").getURI();
            found.computeIfAbsent(row.getResource("m").getURI() + " " + article, k -> new Found(
                    articleIds.getOrDefault(article, article), row.getLiteral("date") == null ? null
                    : row.getLiteral("date").getLexicalForm(), row.getLiteral("kind").getString(),
                    row.getLiteral("status").getString(), row.contains("confidence")
                    ? row.getLiteral("confidence").getDouble() : Double.NaN)).add(row);
        }
        return found.values().stream().map(Found::meeting).toList();
    }

    /** The rows of one meeting of one article, gathered. */
    private static final class Found {
        private final String doc;
        private final String date;
        private final String kind;
        private final String status;
        private final double confidence;
        private final Map<String, Set<String>> names = new LinkedHashMap<>();
        private String place;
        private String evidence;
        private long begin = Long.MAX_VALUE;

        Found(String doc, String date, String kind, String status, double confidence) {
            this.doc = doc;
            this.confidence = confidence;
            this.date = date;
            this.kind = kind;
            this.status = status;
        }

        void add(QuerySolution row) {
            names.computeIfAbsent(row.getResource("p").getURI(), k -> new LinkedHashSet<>())
                    .add(row.getLiteral("name").getString());
            if (row.contains("place") && (place == null
                    || row.getLiteral("place").getString().compareTo(place) < 0)) {
                place = row.getLiteral("place").getString();
            }
            if (row.contains("evidence") && row.getLiteral("begin").getLong() < begin) {
                begin = row.getLiteral("begin").getLong();
                evidence = row.getLiteral("evidence").getString();
            }
        }

        PredictedMeeting meeting() {
            return new PredictedMeeting(doc, new ArrayList<>(names.values()), place, date, kind, status, evidence,
                    confidence);
        }
    }

    /**
     * How many of a meeting's participant pairs are pairs of the gold meetings of its article in its group of status
     * (took place; planned or called off), and how many pairs it has: {right, pairs}.
     */
    public static int[] rightPairs(List<GoldMeeting> goldOfArticle, PredictedMeeting meeting) {
        return PairScorer.rightPairs(goldOfArticle, meeting);
    }

    /** Scores predictions against gold, without hard negatives. */
    public static MeetingScores score(List<GoldMeeting> gold, List<PredictedMeeting> predicted) {
        return score(gold, predicted, HardNegatives.none());
    }

    /** Scores predictions against gold, counting the meetings found that hit the hard negatives. */
    public static MeetingScores score(List<GoldMeeting> gold, List<PredictedMeeting> predicted,
                                      HardNegatives negatives) {
        return new PairScorer(negatives).score(gold, predicted);
    }
}
