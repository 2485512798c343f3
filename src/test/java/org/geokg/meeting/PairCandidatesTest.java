package org.geokg.meeting;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.geokg.article.Article;
import org.geokg.cases.CaseTable;
import org.geokg.extract.ExtractionModels;
import org.geokg.extract.Extractor;
import org.geokg.extract.ShippedModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pairs the extractor proposes beyond the rules' meetings ({@link PairCandidates}), with the models proposing
 * them and no confidence model to drop any. The cases are the rows of
 * {@code src/test/resources/cases/pair-proposals.tsv}.
 */
class PairCandidatesTest {
    private static Extractor extractor;

    @BeforeAll
    static void load() {
        ExtractionModels shipped = ShippedModels.get();
        extractor = new Extractor(shipped.withMeetingModels(
                new MeetingModels(shipped.meetings().status(), Optional.empty(), true)));
    }

    static List<CaseTable.Row> cases() {
        return CaseTable.read("cases/pair-proposals.tsv", "id", "publisher", "text", "proposals...");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void proposals(CaseTable.Row row) {
        Map<String, String> metadata = row.get("publisher").equals("-") ? Map.of()
                : Map.of("publisher", row.get("publisher"));
        Article article = new Article("t", "t", null, null, LocalDate.parse("2016-05-04"), row.get("text"),
                metadata);
        List<Meeting> found = extractor.analyze(article).meetings();
        String where = row.where() + ": found " + found.stream().map(m -> m.participants() + " " + m.rule()).toList();
        for (String cell : row.all("proposals")) {
            boolean absent = cell.startsWith("-");
            String[] parts = (absent ? cell.substring(1) : cell).split("\\|");
            List<String> pair = List.of(parts[0], parts[1]);
            boolean proposed = found.stream().anyMatch(m -> m.participants().size() == 2
                    && m.participants().containsAll(pair) && m.rule().startsWith(PairCandidates.FORM + ":")
                    && (parts.length < 3 || m.rule().startsWith(parts[2])));
            if (absent) {
                assertFalse(proposed, where + ": " + cell);
            } else {
                assertTrue(proposed, where + ": " + cell);
            }
        }
    }
}
