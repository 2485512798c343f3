package org.geokg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tuning split of the annotated meeting sets ({@code split.tsv} in {@code src/test/resources/dev/} and
 * {@code train/}): every article is placed once, in training or tuning; the rule its header states gives it; and
 * each part has articles of both sources, with and without meetings.
 */
class MeetingSplitTest {
    private static final Path RESOURCES = Path.of("src/test/resources");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "train"})
    void everyArticleIsPlacedOnceByTheDocumentedRule(String folder) {
        AnnotatedSet set = MeetingSet.parse(folder + "=" + RESOURCES.resolve(folder)).load();
        MeetingSplit split = MeetingSplit.read(RESOURCES.resolve(folder).resolve(MeetingSplit.FILE));
        assertEquals(set.articles().keySet(), split.parts().keySet(), "the articles the split places");
        assertEquals(Set.of("training", "tuning"), split.partNames());
        assertEquals(rule(set), split.parts(), "split.tsv follows the rule of its header");
    }

    /**
     * The rule: group the articles by source and by whether they report a meeting; sort each group by the number of
     * its meeting records, then by the SHA-256 of the id; the second of every four is tuning.
     */
    private static Map<String, String> rule(AnnotatedSet set) {
        Map<String, Long> meetings = set.gold().stream()
                .collect(Collectors.groupingBy(GoldMeeting::doc, Collectors.counting()));
        Map<String, List<String>> groups = new TreeMap<>();
        for (String id : set.articles().keySet()) {
            groups.computeIfAbsent(source(id) + " " + meetings.containsKey(id), k -> new ArrayList<>()).add(id);
        }
        Map<String, String> parts = new TreeMap<>();
        for (List<String> group : groups.values()) {
            group.sort(Comparator.comparing((String id) -> meetings.getOrDefault(id, 0L))
                    .thenComparing(MeetingSplitTest::sha256));
            for (int i = 0; i < group.size(); i++) {
                parts.put(group.get(i), i % 4 == 1 ? "tuning" : "training");
            }
        }
        return parts;
    }

    @ParameterizedTest
    @ValueSource(strings = {"training", "tuning"})
    void eachPartHasBothSourcesWithAndWithoutMeetings(String part) {
        AnnotatedSet set = MeetingSet.parse(part + "=" + RESOURCES.resolve("dev") + "," + RESOURCES.resolve("train")
                + "@" + part).load();
        Set<String> withMeetings = set.gold().stream().map(GoldMeeting::doc).collect(Collectors.toSet());
        Set<String> kinds = new TreeSet<>();
        set.articles().keySet().forEach(id -> kinds.add(source(id) + " " + withMeetings.contains(id)));
        assertEquals(Set.of("pmt false", "pmt true", "wn false", "wn true"), kinds);
        int all = MeetingSet.parse("all=" + RESOURCES.resolve("dev") + "," + RESOURCES.resolve("train")).load()
                .articles().size();
        double share = (double) set.articles().size() / all;
        assertTrue(part.equals("tuning") ? share > 0.2 && share < 0.3 : share > 0.7 && share < 0.8,
                part + ": " + set.articles().size() + " of " + all);
    }

    private static String source(String id) {
        return id.substring(0, id.indexOf('-'));
    }

    private static String sha256(String id) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(id.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
