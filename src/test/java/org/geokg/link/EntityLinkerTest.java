package org.geokg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.geokg.lexicon.EntityType;
import org.geokg.resolve.Entity;
import org.geokg.resolve.EntityKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityLinkerTest {
    private static final EntityLinker LINKER = new EntityLinker(LinkTables.load());
    private static final LocalDate MARCH_2023 = LocalDate.of(2023, 3, 21);

    private static Optional<EntityLink> link(EntityType type, String name, LocalDate date, String... states) {
        Entity entity = new Entity(EntityKeys.of(type, name), type, name, new TreeSet<>(), null, null, null);
        return LINKER.link(entity, date, new EntityLinker.Named(Set.of(states), Set.of()));
    }

    @ParameterizedTest(name = "{0} with states [{1}] and regions [{2}] -> {3}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            Paris     | US |       | 2988507
            Washington| US |       | 4140963
            Washington| GB |       | 4140963
            Washington| GB | England| none
            Paris     | US | Texas  | none
            Richmond  | AU | Victoria| 2151649
            Paris     |    |        | 2988507
            London    | CA |        | 2643743
            Damascus  | US |        | 170654
            Richmond  | AU |        | 2151649
            Richmond  |    |        | none
            Hobart    | AU |        | 2163355
            """)
    void aWellKnownCityIsNotGivenUpForAHomonymInANamedState(String city, String state, String region,
                                                             String geonames) {
        Entity entity = new Entity(EntityKeys.of(EntityType.CITY, city), EntityType.CITY, city, new TreeSet<>(), null,
                null, null);
        Set<String> states = state == null ? Set.of() : Set.of(state);
        Set<String> regions = region == null ? Set.of() : Set.of(NameKey.of(region));
        assertEquals(Optional.ofNullable(geonames), LINKER.link(entity, null, new EntityLinker.Named(states, regions))
                .map(EntityLink::geonames), "Paris, France, or none when the article names Texas; London is London");
    }

    @ParameterizedTest(name = "{0} {1} [{2}] -> {3}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            CITY   | Moscow            |    | POINT(37.61781 55.75204)   | 524901  | cities.tsv: the city's coordinates
            CITY   | Kyiv              |    | POINT(30.5238 50.45466)    | 703448  | cities.tsv: the city's coordinates
            STATE  | Russia            |    | POINT(37.61781 55.75204)   | 524901  | cities.tsv: the capital, Moscow
            STATE  | Bolivia           |    | POINT(-65.26274 -19.03332) | 3903987 | cities.tsv: the capital, Sucre
            STATE  | Israel            |    | POINT(35.21633 31.76904)   | 281184  | cities.tsv: the capital, Jerusalem
            STATE  | Antarctica        |    | none                       | none    | none
            REGION | Texas       | US | POINT(-97.74306 30.26715) | 4671654 | cities.tsv: the seat of the region, Austin
            REGION | Jammu and Kashmir | IN | none                       | none    | none
            PERSON | Vladimir Putin    | RU | none                       | none    | none
            """)
    void linkedPlacesHaveThePointOfTheirGazetteerRecord(EntityType type, String name, String state, String wkt,
                                                        String geonames, String method) {
        // A city: its own coordinates; a state: its capital's (Israel's, Jerusalem, is a PPLA in GeoNames and is
        // found by the capital column of countries.tsv); a region: its one seat's (Jammu and Kashmir has two, so
        // none); Antarctica has no capital, and people no point.
        EntityLink link = link(type, name, MARCH_2023, state == null ? new String[0] : new String[] {state})
                .orElseThrow();
        GeoPoint point = link.point();
        assertEquals(wkt, point == null ? null : point.wkt(), name);
        assertEquals(geonames, point == null ? null : point.geonames(), name);
        assertEquals(method, point == null ? null : point.method(), name);
    }

    @Test
    void englishSpellingsOfAPersonMatchTheTableSpelling() {
        for (String name : new String[] {"Volodymyr Zelenskyy", "Volodymyr Zelensky", "Volodymyr Zelenskiy"}) {
            EntityLink link = link(EntityType.PERSON, name, MARCH_2023).orElseThrow();
            assertEquals("Q3874799", link.wikidata(), name);
            assertEquals("Volodymyr Zelenskyy", link.label(), "the English name, not the table's spelling");
            assertEquals("people.tsv: full name, in office on the article's date", link.method());
        }
    }

    @Test
    void englishNamesOfMonarchsMatchTheTableRow() {
        EntityLink charles = link(EntityType.PERSON, "Charles III", MARCH_2023).orElseThrow();
        assertEquals("Charles III", charles.label());
        assertEquals(charles.wikidata(), link(EntityType.PERSON, "Carlos III do Reino Unido", MARCH_2023)
                .orElseThrow().wikidata());
        assertTrue(link(EntityType.PERSON, "Albert II", LocalDate.of(2010, 1, 1)).isEmpty(),
                "Albert II of Monaco or of Belgium");
        assertEquals("Albert II of Monaco", link(EntityType.PERSON, "Albert II", LocalDate.of(2010, 1, 1), "MC")
                .orElseThrow().label());
    }

    @Test
    void aFullNameNeedsTheTermOrTheStateToAgree() {
        assertTrue(link(EntityType.PERSON, "Volodymyr Zelenskyy", LocalDate.of(2010, 1, 1)).isEmpty(),
                "out of office and Ukraine not named");
        EntityLink named = link(EntityType.PERSON, "Volodymyr Zelenskyy", LocalDate.of(2010, 1, 1), "UA")
                .orElseThrow();
        assertEquals("Q3874799", named.wikidata());
        assertEquals("people.tsv: full name, state named in the article", named.method());
        assertTrue(named.confidence() < 0.97);
    }

    @Test
    void aFullNameWithoutItsMiddleInitialIsThePersonsName() {
        assertEquals("Q207", link(EntityType.PERSON, "George Bush", LocalDate.of(2008, 3, 19)).orElseThrow()
                .wikidata(), "George W. Bush, in office");
        assertTrue(link(EntityType.PERSON, "George Bush", LocalDate.of(2015, 3, 19)).isEmpty(),
                "out of office and the United States not named: his father is a George Bush too");
    }

    @Test
    void aSurnameAloneLinksOnlyToTheOneHolderInOfficeOfANamedState() {
        assertEquals("Q7747", link(EntityType.PERSON, "Putin", MARCH_2023, "RU").orElseThrow().wikidata());
        assertTrue(link(EntityType.PERSON, "Putin", MARCH_2023).isEmpty(), "Russia not named");
        assertTrue(link(EntityType.PERSON, "Putin", null, "RU").isEmpty(), "no date");
        assertEquals("Q207", link(EntityType.PERSON, "Bush", LocalDate.of(2005, 6, 1), "US").orElseThrow().wikidata(),
                "George W. Bush, not McKeeva Bush of the Cayman Islands");
        assertTrue(link(EntityType.PERSON, "Bush", LocalDate.of(2015, 6, 1), "US").isEmpty(), "no Bush in office");
    }

    @Test
    void twoPeopleWithOneSurnameInOfficeTogetherAreNotGuessed() {
        assertTrue(link(EntityType.PERSON, "Kaczynski", LocalDate.of(2006, 10, 1), "PL").isEmpty());
        assertEquals("Q2757", link(EntityType.PERSON, "Lech Kaczyński", LocalDate.of(2006, 10, 1), "PL")
                .orElseThrow().wikidata());
        assertEquals("Q55917", link(EntityType.PERSON, "Jaroslaw Kaczynski", LocalDate.of(2006, 10, 1), "PL")
                .orElseThrow().wikidata());
    }

    @Test
    void statesGetWikidataGeoNamesAndIsoCodes() {
        EntityLink russia = link(EntityType.STATE, "Russia", MARCH_2023).orElseThrow();
        assertEquals("Q159", russia.wikidata());
        assertEquals("RU", russia.iso2());
        assertEquals("RUS", russia.iso3());
        assertEquals("https://sws.geonames.org/" + russia.geonames() + "/", russia.geonamesIri());
        assertEquals("Q145", link(EntityType.STATE, "Britain", MARCH_2023).orElseThrow().wikidata());
    }

    @Test
    void regionsNeedTheirStateNamed() {
        assertTrue(link(EntityType.REGION, "Punjab", MARCH_2023).isEmpty(), "India's or Pakistan's");
        assertEquals("1167710", link(EntityType.REGION, "Punjab", MARCH_2023, "PK").orElseThrow().geonames());
    }

    @Test
    void organizationsByNameOrUniqueAcronym() {
        assertEquals("Q1065", link(EntityType.ORGANIZATION, "United Nations", MARCH_2023).orElseThrow().wikidata());
        EntityLink nato = link(EntityType.ORGANIZATION, "NATO", MARCH_2023).orElseThrow();
        assertEquals("Q7184", nato.wikidata());
        assertTrue(link(EntityType.ORGANIZATION, "Voice of America", MARCH_2023).isEmpty(), "no id in the table");
    }

    @Test
    void unnamedPlacesAreNeverLinked() {
        assertTrue(link(EntityType.LOCATION, "Crimean Peninsula", MARCH_2023).isEmpty());
    }
}
