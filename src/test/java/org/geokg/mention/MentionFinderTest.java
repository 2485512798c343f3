package org.geokg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.geokg.lexicon.EntityType;
import org.geokg.lexicon.Gazetteer;
import org.geokg.nlp.AnalyzedText;
import org.geokg.nlp.NlpModels;
import org.geokg.nlp.TextAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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

    private static List<Mention> find(String text) {
        AnalyzedText analyzed = analyzer.analyze(text);
        List<Mention> mentions = finder.find(analyzed);
        for (Mention m : mentions) {
            assertEquals(m.text(), text.substring(m.begin(), m.end()), "mention offsets");
        }
        for (int i = 1; i < mentions.size(); i++) {
            assertTrue(mentions.get(i - 1).begin() <= mentions.get(i).begin(), "ordered by position");
            assertFalse(mentions.get(i - 1).overlaps(mentions.get(i)), "no overlaps: " + mentions);
        }
        return mentions;
    }

    private static Mention mention(List<Mention> mentions, String text) {
        return mentions.stream().filter(m -> m.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + mentions));
    }

    private static void assertMention(List<Mention> mentions, String text, EntityType type, String name) {
        Mention m = mention(mentions, text);
        assertEquals(type, m.type(), text);
        assertEquals(name, m.name(), text);
    }

    private static void assertNoMentionContaining(List<Mention> mentions, String word) {
        for (Mention m : mentions) {
            assertFalse(List.of(m.text().split("[\\s’']+")).contains(word),
                    "'" + word + "' must not be (part of) an entity: " + m);
        }
    }

    @Test
    void aLanguageThatIsALeadersSurnameIsNoPerson() {
        List<Mention> mentions = find("Former prime minister Bill English spoke. The law asks migrants to speak "
                + "English, and an English translation was published.");
        assertMention(mentions, "Bill English", EntityType.PERSON, "Bill English");
        assertEquals(1, mentions.stream().filter(m -> m.text().contains("English")).count(), mentions.toString());
    }

    @Test
    void peopleAfterTitlesWithoutTheTitle() {
        List<Mention> mentions = find(
                "On Tuesday President Cyril Ramaphosa received Foreign Minister Penny Wong in Pretoria.");
        assertMention(mentions, "Cyril Ramaphosa", EntityType.PERSON, "Cyril Ramaphosa");
        assertMention(mentions, "Penny Wong", EntityType.PERSON, "Penny Wong");
        assertNoMentionContaining(mentions, "President");
        assertNoMentionContaining(mentions, "Minister");
        assertNoMentionContaining(mentions, "Foreign");
        assertNoMentionContaining(mentions, "Tuesday");
    }

    @Test
    void titleOpeningTheSentence() {
        List<Mention> mentions = find("Spokesman Dmitry Peskov said the Kremlin was ready.");
        assertMention(mentions, "Dmitry Peskov", EntityType.PERSON, "Dmitry Peskov");
        assertEquals("title", mention(mentions, "Dmitry Peskov").rule());
        assertNoMentionContaining(mentions, "Spokesman");
    }

    @Test
    void aPlaceSpelledAsItIsWinsOverATransliteration() {
        List<Mention> mentions = find("Tourists returned to Bali after the eruption.");
        assertMention(mentions, "Bali", EntityType.REGION, "Bali");
        assertEquals(EntityType.CITY, gazetteer.lookup("Bāli").orElseThrow().entry().type(), "the town in India");
    }

    @Test
    void hyphenatedOrganizationsAreOneMention() {
        List<Mention> mentions = find("Officials said al-Qaeda had claimed the attack.");
        assertMention(mentions, "al-Qaeda", EntityType.ORGANIZATION, "al-Qaida");
    }

    @Test
    void aTitleBeforeANameIsNoApposition() {
        List<Mention> mentions = find("According to Al Arabiya, former President George W. Bush was wrong.");
        assertMention(mentions, "George W. Bush", EntityType.PERSON, "George W. Bush");
        assertTrue(mentions.stream().noneMatch(m -> m.text().equals("Al Arabiya") && m.type() == EntityType.PERSON));
    }

    @Test
    void organizationsTakeComplementsWithOn() {
        assertMention(find("Berman chairs the Committee on Foreign Affairs."), "Committee on Foreign Affairs",
                EntityType.ORGANIZATION, "Committee on Foreign Affairs");
    }

    @Test
    void anArabicArticleWithASpaceStartsAName() {
        List<Mention> mentions = find("There are indications that al Qaeda is planning an attack.");
        assertMention(mentions, "al Qaeda", EntityType.ORGANIZATION, "al-Qaida");
    }

    @Test
    void theComplementOfATitleIsNoPartOfTheName() {
        List<Mention> mentions = find("Lula named the Minister of Foreign Relations Celso Amorim, the Minister of "
                + "Health Humberto Costa, the Minister of Mines and Energy Dilma Rousseff, the head of the party.");
        assertMention(mentions, "Celso Amorim", EntityType.PERSON, "Celso Amorim");
        assertMention(mentions, "Humberto Costa", EntityType.PERSON, "Humberto Costa");
        assertNoMentionContaining(mentions, "Relations");
        assertNoMentionContaining(mentions, "Health");
        assertMention(find("Editor Hakim Almasmari said so."), "Hakim Almasmari", EntityType.PERSON, "Hakim Almasmari");
    }

    @Test
    void abbreviatedTitlesAndHyphenatedNames() {
        List<Mention> mentions = find("Sen. Bernie Sanders disagreed with French Foreign Minister Jean-Noël Barrot.");
        assertMention(mentions, "Bernie Sanders", EntityType.PERSON, "Bernie Sanders");
        assertMention(mentions, "Jean-Noël Barrot", EntityType.PERSON, "Jean-Noël Barrot");
        assertNoMentionContaining(mentions, "Sen.");
    }

    @Test
    void appositivePerson() {
        List<Mention> mentions = find("Ana Brnabic, the prime minister of Serbia, said the vote was fair.");
        assertMention(mentions, "Ana Brnabic", EntityType.PERSON, "Ana Brnabic");
        assertMention(mentions, "Serbia", EntityType.STATE, "Serbia");
    }

    @Test
    void speakerBeforeSaid() {
        List<Mention> mentions = find("“We are ready for talks,” Mikhail Ulyanov said on Friday.");
        assertMention(mentions, "Mikhail Ulyanov", EntityType.PERSON, "Mikhail Ulyanov");
        assertNoMentionContaining(mentions, "Friday");
        assertNoMentionContaining(mentions, "We");
    }

    @Test
    void demonymsAreStatesMarkedAsDemonyms() {
        List<Mention> mentions = find("Brazilian and Argentine diplomats met Kenyan officials in Nairobi.");
        for (String[] expected : new String[][] {{"Brazilian", "Brazil"}, {"Argentine", "Argentina"},
                {"Kenyan", "Kenya"}}) {
            Mention m = mention(mentions, expected[0]);
            assertEquals(EntityType.STATE, m.type());
            assertEquals(expected[1], m.name());
            assertTrue(m.demonym(), expected[0]);
        }
    }

    @Test
    void pluralDemonymsAreStates() {
        List<Mention> mentions = find("Ukrainians, Israelis and Canadians watched the vote.");
        for (String[] expected : new String[][] {{"Ukrainians", "Ukraine"}, {"Israelis", "Israel"},
                {"Canadians", "Canada"}}) {
            Mention m = mention(mentions, expected[0]);
            assertEquals(EntityType.STATE, m.type(), expected[0]);
            assertEquals(expected[1], m.name());
            assertTrue(m.demonym(), expected[0]);
        }
    }

    @Test
    void countryNamesAreNotDemonyms() {
        Mention m = mention(find("Officials from Chile arrived."), "Chile");
        assertEquals(EntityType.STATE, m.type());
        assertFalse(m.demonym());
    }

    @Test
    void abbreviatedUnitedStates() {
        List<Mention> mentions = find("U.S. officials and U.K. diplomats landed. The United States said nothing.");
        assertMention(mentions, "U.S.", EntityType.STATE, "United States");
        assertMention(mentions, "U.K.", EntityType.STATE, "United Kingdom");
        assertMention(mentions, "United States", EntityType.STATE, "United States");
    }

    @Test
    void capitalsAreCities() {
        List<Mention> mentions = find("Delegates gathered in Nairobi, Canberra and Ottawa.");
        for (String city : List.of("Nairobi", "Canberra", "Ottawa")) {
            Mention m = mention(mentions, city);
            assertEquals(EntityType.CITY, m.type(), city);
            assertTrue(gazetteer.lookup(city).orElseThrow().entry().capital(), city);
        }
    }

    @Test
    void largeCitiesAndRegions() {
        List<Mention> mentions = find("Kenya's defence minister toured Mombasa and the Mexican state of Jalisco.");
        assertMention(mentions, "Mombasa", EntityType.CITY, "Mombasa");
        assertMention(mentions, "Jalisco", EntityType.REGION, "Jalisco");
        assertMention(mentions, "Kenya", EntityType.STATE, "Kenya");
    }

    @Test
    void citiesAreFoundWithoutTheirAccents() {
        // GeoNames spells the ASCII names with "ue" for ü; English news writes Zurich and Dusseldorf.
        List<Mention> mentions = find("Envoys met in Zurich, then flew to Dusseldorf and Krakow.");
        assertMention(mentions, "Zurich", EntityType.CITY, "Zürich");
        assertMention(mentions, "Dusseldorf", EntityType.CITY, "Düsseldorf");
        assertMention(mentions, "Krakow", EntityType.CITY, "Kraków");
    }

    @Test
    void citiesAreFoundByTheirEnglishName() {
        // GeoNames names them Genève and Köln; the canton of Geneva must not win over the city.
        List<Mention> mentions = find("Envoys met in Geneva, then flew to Cologne.");
        assertMention(mentions, "Geneva", EntityType.CITY, "Genève");
        assertMention(mentions, "Cologne", EntityType.CITY, "Köln");
    }

    @Test
    void organizationsFromTheGazetteer() {
        List<Mention> mentions = find("NATO, the World Health Organization and the European Union responded.");
        assertEquals(EntityType.ORGANIZATION, mention(mentions, "NATO").type());
        assertMention(mentions, "World Health Organization", EntityType.ORGANIZATION, "World Health Organization");
        assertMention(mentions, "European Union", EntityType.ORGANIZATION, "European Union");
    }

    @Test
    void organizationPhrases() {
        List<Mention> mentions = find(
                "The Supreme Electoral Council of Peru and the National Security and Defense Council met.");
        Mention council = mention(mentions, "Supreme Electoral Council");
        assertEquals(EntityType.ORGANIZATION, council.type());
        assertEquals("organization-phrase", council.rule());
        assertEquals(EntityType.ORGANIZATION, mention(mentions, "National Security and Defense Council").type());
        assertMention(mentions, "Peru", EntityType.STATE, "Peru");
        assertNoMentionContaining(mentions, "The");
    }

    @Test
    void repeatedSurnameIsThePerson() {
        List<Mention> mentions = find("Finance Minister Jim Chalmers spoke first.\n\n"
                + "Later, Chalmers left for Tokyo. But Chalmers’s aide stayed.");
        List<Mention> chalmers = mentions.stream().filter(m -> m.text().contains("Chalmers")).toList();
        assertEquals(List.of("Jim Chalmers", "Chalmers", "Chalmers"), chalmers.stream().map(Mention::text).toList());
        assertTrue(chalmers.stream().allMatch(m -> m.type() == EntityType.PERSON));
        assertEquals("repeated-name", chalmers.get(1).rule());
        assertEquals(Set.of(0, 1, 2), Set.copyOf(chalmers.stream().map(Mention::sentence).toList()));
    }

    @Test
    void surnameBeforeTheFullNameIsFoundToo() {
        List<Mention> mentions = find("Chalmers arrived late. Finance Minister Jim Chalmers then spoke.");
        Mention first = mentions.get(0);
        assertEquals("Chalmers", first.text());
        assertEquals(EntityType.PERSON, first.type());
    }

    @Test
    void monthsWeekdaysAndSentenceInitialWordsAreNeverEntities() {
        List<Mention> mentions = find("In June, The Hague hosted a summit. But on Monday nothing happened.\n"
                + "May and June were quiet. The talks resumed on Sunday. However, March was busy. "
                + "This Wednesday matters.");
        assertMention(mentions, "The Hague", EntityType.CITY, "The Hague");
        for (String word : List.of("June", "Monday", "May", "Sunday", "March", "Wednesday", "But", "However",
                "This", "In")) {
            assertNoMentionContaining(mentions, word);
        }
        assertEquals(1, mentions.size(), mentions.toString());
    }

    @Test
    void titleWordsAloneAreNeverPeople() {
        List<Mention> mentions = find("The President said the Minister would meet the Ambassador.");
        assertEquals(List.of(), mentions);
    }

    @Test
    void possessiveStatesBeforeTitles() {
        List<Mention> mentions = find("Germany's Chancellor Olaf Scholz met Poland’s President Andrzej Duda.");
        assertMention(mentions, "Germany", EntityType.STATE, "Germany");
        assertMention(mentions, "Poland", EntityType.STATE, "Poland");
        assertMention(mentions, "Olaf Scholz", EntityType.PERSON, "Olaf Scholz");
        assertMention(mentions, "Andrzej Duda", EntityType.PERSON, "Andrzej Duda");
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

    @Test
    void aCountryBeforeIsIsNoDemonym() {
        Mention israel = mention(find("Israel is ready, and Kuwait is a staging area."), "Israel");
        assertEquals(EntityType.STATE, israel.type());
        assertFalse(israel.demonym());
        assertFalse(mention(find("Kuwait is a staging area."), "Kuwait").demonym());
    }
}
