package org.geokg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.geokg.cases.CaseTable;
import org.geokg.lexicon.EntityType;
import org.geokg.lexicon.Gazetteer;
import org.geokg.nlp.NlpModels;
import org.geokg.nlp.TextAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mentions the {@link MentionFinder} finds in a text without a statistical model. The cases are the rows of
 * {@code src/test/resources/cases/mentions.tsv}: a text and checks of its mentions (see {@link MentionChecks}). To add
 * a case, add a row; the top of the file explains the columns. The gazetteer facts the cases rely on are plain tests.
 */
class MentionFinderTest {
    private static TextAnalyzer analyzer;
    private static Gazetteer gazetteer;
    private static MentionFinder finder;

    @BeforeAll
    static void load() {
        analyzer = NlpModels.load().newAnalyzer();
        gazetteer = Gazetteer.load();
        finder = new MentionFinder(gazetteer);
    }

    static List<CaseTable.Row> cases() {
        return CaseTable.read("cases/mentions.tsv", "id", "text", "expected...");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void mentions(CaseTable.Row row) {
        String text = row.get("text");
        List<Mention> mentions = finder.find(analyzer.analyze(text));
        MentionChecks.checkSpans(row.where(), text, mentions);
        for (String cell : row.all("expected")) {
            MentionChecks.check(row.where(), mentions, cell);
        }
    }

    @Test
    void capitalsAndTownsInTheGazetteer() {
        for (String city : List.of("Nairobi", "Canberra", "Ottawa")) {
            assertTrue(gazetteer.lookup(city).orElseThrow().entry().capital(), city);
        }
        assertEquals(EntityType.CITY, gazetteer.lookup("Bāli").orElseThrow().entry().type(), "the town in India");
    }

    @Test
    void gazetteerLookups() {
        assertEquals(Optional.of("United States"), gazetteer.lookup("UnitedStates").map(h -> h.entry().name()));
        assertTrue(gazetteer.lookup("Russian").orElseThrow().demonym());
        assertEquals("Russia", gazetteer.lookup("Russian").orElseThrow().entry().name());
        assertEquals("United States", gazetteer.lookup("American").orElseThrow().entry().name(),
                "sovereign states take demonyms first");
        assertTrue(gazetteer.lookup("March").isEmpty());
        assertTrue(gazetteer.lookup("Monday").isEmpty());
        assertEquals("Paris", gazetteer.capitalOf("FR").orElseThrow().name());
        assertEquals("Russia", gazetteer.state("RU").orElseThrow().name());
        assertEquals("UnitedStates", Gazetteer.key("United  States"));
        assertEquals("Côted'Ivoire", Gazetteer.key("Côte d’Ivoire"));
    }
}
