package org.geokg.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/** The shipped model loads on its own (dictionaries from inside the model) and finds people. */
class ShippedModelTest {

    private static TokenNameFinderModel model;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = ShippedModelTest.class.getResourceAsStream("/org/geokg/models/ner-en.bin")) {
            assertNotNull(in, "ner-en.bin missing from the classpath");
            model = new TokenNameFinderModel(in);
        }
    }

    // sentences written for this test, not taken from any corpus
    private static final String[][] CASES = {
            {"Finance Minister Ingrid Halvorsen told parliament in Oslo that the budget would be cut .", "Halvorsen"},
            {"Kenyan opposition leader Joseph Mwangi rejected the election results on Sunday .", "Mwangi"},
            {"The talks were led by Ambassador Catherine Dufresne , a veteran diplomat .", "Dufresne"},
            {"Police say Ahmed al-Rashidi was arrested at the border with Jordan .", "al-Rashidi"},
    };

    @Test
    void findsThePeople() {
        NameFinderME finder = new NameFinderME(model);
        List<String> misses = new ArrayList<>();
        for (String[] c : CASES) {
            finder.clearAdaptiveData();
            String[] tokens = c[0].split(" ");
            Span[] spans = finder.find(tokens);
            boolean found = Arrays.stream(spans)
                    .filter(s -> s.getType().equals("person"))
                    .anyMatch(s -> Arrays.asList(tokens).subList(s.getStart(), s.getEnd()).contains(c[1]));
            if (!found) {
                misses.add(c[1] + " in: " + Arrays.toString(Span.spansToStrings(spans, tokens)));
            }
        }
        assertTrue(misses.isEmpty(), "missed: " + misses);
    }

    /**
     * Titles are outside person names in the shipped model's training data, so a name known only by its title ("Mr.
     * Takahashi") is the title rule's to find: the mention stage as ingest runs it finds every person.
     */
    @Test
    void theMentionStageFindsThePeopleWithTitlesToo() {
        org.geokg.nlp.TextAnalyzer analyzer = org.geokg.nlp.NlpModels.load().newAnalyzer();
        org.geokg.mention.MentionFinder finder =
                new org.geokg.mention.MentionFinder(org.geokg.lexicon.Gazetteer.load());
        org.geokg.ner.NameTagger tagger = org.geokg.ner.NameModel.shipped().orElseThrow().newTagger();
        List<String[]> cases = new ArrayList<>(Arrays.asList(CASES));
        cases.add(new String[] {"Mr. Takahashi said Japan would not change its policy .", "Takahashi"});
        for (String[] c : cases) {
            var text = analyzer.analyzeTokens(List.<String[]>of(c[0].split(" ")));
            List<String> people = finder.find(text, tagger.tag(text)).stream()
                    .filter(m -> m.type() == org.geokg.lexicon.EntityType.PERSON).map(m -> m.text()).toList();
            assertTrue(people.stream().anyMatch(p -> p.contains(c[1])), c[0] + " → " + people);
            assertTrue(people.stream().noneMatch(p -> p.startsWith("Mr.") || p.startsWith("Finance")), people.toString());
        }
    }

    @Test
    void findsPlacesAndOrganizationsWithTypes() {
        NameFinderME finder = new NameFinderME(model);
        String[] tokens = "Delegates from Brazil met officials of the World Bank in Geneva on Monday .".split(" ");
        List<String> found = new ArrayList<>();
        for (Span s : finder.find(tokens)) {
            found.add(s.getType() + ":" + String.join(" ", Arrays.copyOfRange(tokens, s.getStart(), s.getEnd())));
        }
        assertTrue(found.contains("gpe:Brazil"), found.toString());
        assertTrue(found.contains("gpe:Geneva"), found.toString());
        assertTrue(found.contains("organization:World Bank"), found.toString());
        assertEquals(3, found.size(), found.toString());
    }
}
