package org.geokg.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.geokg.article.Article;
import org.geokg.cases.CaseTable;
import org.geokg.cases.Expectation;
import org.geokg.extract.ExtractionModels;
import org.geokg.extract.Extractor;
import org.geokg.extract.ShippedModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Meetings through the whole {@link Extractor}, on short articles. The cases are the rows of
 * {@code src/test/resources/cases/meetings.tsv}: an article's text and publication date, and checks of the meetings
 * found (all of them, some of them, or none), each meeting written as a {@link MeetingPattern}. To add a case, add a
 * row; the top of the file explains the columns. Every meeting found must also have a confidence above 0. The cases
 * check what the rules propose: the confidence model gives each its confidence but drops none (its threshold, chosen
 * on whole articles, is tested by {@link ConfidenceModelTest} and the golden files).
 */
class MeetingExtractorTest {
    private static Extractor extractor;

    @BeforeAll
    static void load() {
        ExtractionModels shipped = ShippedModels.get();
        MeetingModels meetings = shipped.meetings();
        extractor = new Extractor(shipped.withMeetingModels(new MeetingModels(meetings.status(),
                meetings.confidence().map(m -> m.withThreshold(0)), meetings.proposesPairs())));
    }

    static List<CaseTable.Row> cases() {
        return CaseTable.read("cases/meetings.tsv", "id", "published", "text", "expected...");
    }

    static List<CaseTable.Row> releases() {
        return CaseTable.read("cases/meetings-releases.tsv", "id", "publisher", "published", "text", "expected...");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void meetings(CaseTable.Row row) {
        checkArticle(row, Map.of());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("releases")
    void meetingsInAGovernmentsReleases(CaseTable.Row row) {
        checkArticle(row, Map.of("publisher", row.get("publisher")));
    }

    private static void checkArticle(CaseTable.Row row, Map<String, String> metadata) {
        Article article = new Article("t", "t", null, null, LocalDate.parse(row.get("published")), row.get("text"),
                metadata);
        List<Meeting> found = extractor.analyze(article).meetings();
        String where = row.where() + ": found " + found.stream().map(MeetingPattern::format).toList();
        for (Meeting m : found) {
            assertTrue(m.confidence() > 0, where + ": a meeting without confidence");
        }
        for (String cell : row.all("expected")) {
            check(Expectation.parse(cell), found, where);
        }
    }

    private static void check(Expectation expected, List<Meeting> found, String where) {
        if (expected.filter() != null) {
            throw new IllegalArgumentException(where + ": meetings take no 'among': " + expected);
        }
        List<MeetingPattern> patterns = expected.items().stream().map(MeetingPattern::parse).toList();
        if (patterns.isEmpty() != expected.kind().equals("none")) {
            throw new IllegalArgumentException(where + ": 'none' takes no meeting, every other check one or more: "
                    + expected);
        }
        switch (expected.kind()) {
            case "none" -> assertEquals(List.of(), found, where);
            case "exactly" -> {
                assertEquals(patterns.size(), found.size(), where + ": the number of meetings");
                for (int i = 0; i < patterns.size(); i++) {
                    assertEquals(List.of(), patterns.get(i).mismatches(found.get(i)), where + ": meeting " + (i + 1));
                }
            }
            case "contains" -> {
                for (MeetingPattern pattern : patterns) {
                    assertTrue(found.stream().anyMatch(m -> pattern.mismatches(m).isEmpty()),
                            where + ": no meeting " + pattern);
                }
            }
            case "first-of-kind" -> {
                for (MeetingPattern pattern : patterns) {
                    if (pattern.kind().equals(MeetingPattern.ANY)) {
                        throw new IllegalArgumentException(where + ": first-of-kind needs a kind: " + pattern);
                    }
                    Optional<Meeting> first = found.stream().filter(m -> m.kind().name().equals(pattern.kind()))
                            .findFirst();
                    if (first.isEmpty()) {
                        fail(where + ": no meeting of kind " + pattern.kind());
                    }
                    assertEquals(List.of(), pattern.mismatches(first.get()),
                            where + ": the first " + pattern.kind());
                }
            }
            default -> throw new IllegalArgumentException(where + ": unknown check '" + expected.kind()
                    + "'; use exactly, none, contains or first-of-kind");
        }
    }
}
