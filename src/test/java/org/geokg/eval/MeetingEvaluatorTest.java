package org.geokg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The scoring of meetings: pairs in two groups of status, lenient names, status mistakes, hard negatives. */
class MeetingEvaluatorTest {
    private static final String DOC = "doc-1";

    @TempDir
    Path dir;

    private static GoldMeeting gold(String status, String kind, String... participants) {
        return new GoldMeeting(DOC, List.of(participants), "Moscow", "2023-03-21", kind, status, "Gold sentence.");
    }

    private static PredictedMeeting found(String status, String kind, String evidence, String... participants) {
        List<Set<String>> names = Arrays.stream(participants)
                .map(p -> (Set<String>) new LinkedHashSet<>(List.of(p.split("\\|")))).toList();
        return new PredictedMeeting(DOC, names, "Moscow", "2023-03-21", kind, status, evidence, 0.9);
    }

    @Test
    void aPairFoundKeepsItsEvidenceAndNamesMatchLeniently() {
        MeetingScores scores = MeetingEvaluator.score(List.of(gold("occurred", "talks", "Xi Jinping", "Putin")),
                List.of(found("occurred", "Talks", "Xi held talks with Putin.", "Xi", "Vladimir Putin|Putin")));
        assertEquals(new PairCounts(1, 1, 1, 1), scores.occurred());
        assertEquals(List.of(new PairOutcome(DOC, "occurred", "Putin – Xi Jinping", "talks", "talks",
                "Xi held talks with Putin.", PairOutcome.Result.FOUND)), scores.outcomes());
        assertEquals(new PairCounts(1, 1, 1, 1), scores.kind("talks"));
        assertEquals(1.0, scores.dateAccuracy());
        assertEquals(1.0, scores.placeAccuracy());
        assertEquals("", scores.errors());
    }

    @Test
    void plannedAndCancelledMeetingsAreScoredApartFromThoseThatTookPlace() {
        MeetingScores scores = MeetingEvaluator.score(
                List.of(gold("planned", "visit", "A", "B"), gold("cancelled", "talks", "C", "D"),
                        gold("occurred", "meeting", "E", "F")),
                List.of(found("planned", "Visit", "A will visit B.", "A", "B"),
                        found("occurred", "Talks", "C and D held talks.", "C", "D"),
                        found("planned", "PhoneCall", "E will call F.", "E", "F")));
        assertEquals(new PairCounts(2, 1, 2, 1), scores.planned());
        assertEquals(new PairCounts(1, 0, 1, 0), scores.occurred());
        assertEquals(1, scores.plannedAsOccurred());
        assertEquals(1, scores.occurredAsPlanned());
        assertEquals(List.of("occurred MISSED E – F", "occurred EXTRA C – D", "planned FOUND A – B",
                        "planned MISSED C – D", "planned EXTRA E – F"),
                scores.outcomes().stream().map(o -> o.status() + " " + o.result() + " " + o.pair()).toList());
        assertEquals(OptionalInt.empty(), scores.hardNegatives());
    }

    @Test
    void theConfidentMeetingsArePairsOfTheirGroupOfStatus() {
        List<GoldMeeting> gold = List.of(gold("occurred", "meeting", "A", "B", "C"),
                gold("planned", "visit", "D", "E"));
        PredictedMeeting confident = found("occurred", "Meeting", "A, B and X met.", "A", "B", "X");
        PredictedMeeting wrongGroup = found("occurred", "Visit", "D visited E.", "D", "E");
        PredictedMeeting unsure = new PredictedMeeting(DOC, List.of(Set.of("A"), Set.of("C")), null, null, "Meeting",
                "occurred", "A met C.", 0.5);
        MeetingScores scores = MeetingEvaluator.score(gold, List.of(confident, wrongGroup, unsure));
        assertEquals(4, scores.confidentPairs());
        assertEquals(1, scores.confidentRight());
        assertEquals(List.of(1, 3), Arrays.stream(MeetingEvaluator.rightPairs(gold, confident)).boxed().toList());
        assertEquals(List.of(0, 1), Arrays.stream(MeetingEvaluator.rightPairs(gold, wrongGroup)).boxed().toList());
    }

    @Test
    void aMeetingFoundInAHardNegativeIsCountedUnlessTheGoldHasIt() throws IOException {
        Path file = dir.resolve("negatives.tsv");
        Files.writeString(file, "doc\tphrase\twhy not a meeting\n" + DOC + "\ttold reporters\tnot an encounter\n");
        MeetingScores scores = MeetingEvaluator.score(List.of(gold("occurred", "meeting", "A", "B")),
                List.of(found("occurred", "Meeting", "A met B and told reporters so.", "A", "B"),
                        found("planned", "Meeting", "C told reporters he would meet D.", "C", "D")),
                HardNegatives.read(file));
        assertEquals(OptionalInt.of(1), scores.hardNegatives());
        assertEquals(OptionalInt.of(0), MeetingEvaluator.score(List.of(), List.of(),
                HardNegatives.read(file)).hardNegatives());
    }

    @ParameterizedTest(name = "{0} in \"{1}\": {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # phrase                                         | sentence                                           | found
            told reporters                                   | Rudd TOLD  reporters on Monday.                    | true
            told reporters                                   | Rudd told the reporters.                           | false
            I will visit New York                            | “I will visit New York,” he said.                  | true
            Today, Rudd ... met with bankers                 | Today, Rudd and Swan met with bankers.             | true
            Today, Rudd ... met with bankers                 | Rudd met with bankers today.                       | false
            told NBC / In his interview with Holt            | In his interview with Holt, he said so.            | true
            a bribe negotiation; accused of negotiating      | He was accused of negotiating with them.           | true
            the President’s visit                            | the President's visit was cancelled.               | true
            """)
    void aPhraseIsFoundByItsPiecesInOrder(String phrase, String sentence, boolean found) throws IOException {
        Path file = dir.resolve("negatives.tsv");
        Files.writeString(file, "doc\tphrase\twhy not a meeting\n" + DOC + "\t" + phrase + "\twhy\n");
        assertEquals(found, HardNegatives.read(file).foundIn(DOC, sentence));
        assertEquals(false, HardNegatives.read(file).foundIn("another-doc", sentence));
    }
}
