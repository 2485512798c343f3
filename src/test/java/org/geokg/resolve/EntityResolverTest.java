package org.geokg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.geokg.article.Article;
import org.geokg.extract.ArticleAnalysis;
import org.geokg.extract.Extractor;
import org.geokg.extract.ShippedModels;
import org.geokg.lexicon.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EntityResolverTest {
    private static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = new Extractor(org.geokg.extract.ShippedModels.get());
    }

    private static ArticleAnalysis analyze(String text) {
        return extractor.analyze(new Article("test", "test", null, null, LocalDate.of(2024, 5, 15), text, Map.of()));
    }

    private static String entityOf(ArticleAnalysis a, String mentionText, int occurrence) {
        List<ResolvedMention> matching = a.mentions().stream()
                .filter(m -> m.mention().text().equals(mentionText)).toList();
        assertTrue(matching.size() > occurrence, "mention '" + mentionText + "' #" + occurrence + " in "
                + a.mentions());
        return matching.get(occurrence).entity();
    }

    @Test
    void surnameResolvesToTheFullName() {
        ArticleAnalysis a = analyze("President Xi Jinping arrived in Moscow on Monday.\n\n"
                + "Xi said the visit would deepen ties.");
        assertEquals("person/xi-jinping", entityOf(a, "Xi Jinping", 0));
        assertEquals("person/xi-jinping", entityOf(a, "Xi", 0));
        Entity xi = a.entities().get("person/xi-jinping");
        assertEquals("Xi Jinping", xi.label());
        assertEquals(EntityType.PERSON, xi.type());
        assertEquals(Set.of("Xi"), xi.aliases());
        assertEquals("Q15031", xi.wikidata());
        assertFalse(a.entities().containsKey("person/xi"), "no separate entity for the surname");
    }

    @Test
    void aHyphenatedSurnameResolvesToTheFullName() {
        ArticleAnalysis a = analyze("I look forward to welcoming Ms Kolinda Grabar-Kitarović, President of Croatia, "
                + "to Australia.\n\nPresident Grabar-Kitarović will travel to Canberra.");
        assertEquals(Set.of("person/kolinda-grabar-kitarovic"), a.mentions().stream()
                .filter(m -> m.mention().text().contains("Grabar")).map(m -> m.entity())
                .collect(java.util.stream.Collectors.toSet()), "one node, not a surname-only one");
    }

    @Test
    void surnameBeforeTheFullNameResolvesToo() {
        ArticleAnalysis a = analyze("Erdogan arrived first, aides said. Later President Recep Tayyip Erdogan spoke.");
        assertTrue(a.mentions().stream().filter(m -> m.mention().text().startsWith("Erdogan")
                || m.mention().text().endsWith("Erdogan")).allMatch(m -> m.entity().equals(
                        "person/recep-tayyip-erdogan")), a.mentions().toString());
        assertEquals(2, a.mentions().stream().filter(m -> m.entity().equals("person/recep-tayyip-erdogan")).count());
    }

    @Test
    void sharedSurnameGoesToTheNearestFullNameBefore() {
        ArticleAnalysis a = analyze("Prime Minister Jan Novak spoke first.\n\n"
                + "Then President Petr Novak spoke. Novak said the talks were useful.");
        assertEquals("person/petr-novak", entityOf(a, "Novak", 0));
        assertTrue(a.entities().containsKey("person/jan-novak"));
    }

    @Test
    void gazetteerNamesResolveToCanonicalNames() {
        ArticleAnalysis a = analyze("U.S. envoys and Russian diplomats met in Vienna. The United States said so.");
        assertEquals("state/united-states", entityOf(a, "U.S.", 0));
        assertEquals("state/united-states", entityOf(a, "United States", 0));
        assertEquals("state/russia", entityOf(a, "Russian", 0));
        Entity us = a.entities().get("state/united-states");
        assertEquals("United States", us.label());
        assertEquals(Set.of("U.S."), us.aliases());
        assertEquals("US", us.country());
        Entity russia = a.entities().get("state/russia");
        assertEquals(Set.of(), russia.aliases(), "a demonym is not an alias");
        assertEquals("Q159", russia.wikidata());
        Entity vienna = a.entities().get("city/vienna");
        assertEquals(EntityType.CITY, vienna.type());
        assertEquals("AT", vienna.country());
        assertTrue(vienna.geonames() != null && !vienna.geonames().isBlank());
    }

    @Test
    void demonymTitleNameIsAPosition() {
        ArticleAnalysis a = analyze("Russian President Vladimir Putin met Indian Prime Minister Narendra Modi.");
        assertEquals(Set.of(
                new Position("person/vladimir-putin", "President", "state/russia", "President of Russia", 0),
                new Position("person/narendra-modi", "Prime Minister", "state/india", "Prime Minister of India", 0)),
                Set.copyOf(a.positions()));
    }

    @Test
    void possessiveStateTitleNameIsAPosition() {
        ArticleAnalysis a = analyze("Poland’s President Andrzej Duda and Germany's Chancellor Olaf Scholz spoke.");
        assertEquals(Set.of("President of Poland", "Chancellor of Germany"),
                Set.copyOf(a.positions().stream().map(Position::label).toList()));
    }

    @Test
    void titlesThatAreNotOfficesOrHaveNoStateGiveNoPosition() {
        ArticleAnalysis a = analyze("Kremlin spokesman Dmitry Peskov and President Joe Biden spoke.");
        assertEquals(List.of(), a.positions());
        assertTrue(a.entities().containsKey("person/dmitry-peskov"));
        assertTrue(a.entities().containsKey("person/joe-biden"));
    }

    @Test
    void sameEntitySameKeyAcrossArticles() {
        String first = entityOf(analyze("President Emmanuel Macron spoke."), "Emmanuel Macron", 0);
        String second = entityOf(analyze("Emmanuel Macron, the president of France, said so."), "Emmanuel Macron", 0);
        assertEquals("person/emmanuel-macron", first);
        assertEquals(first, second);
    }

    @Test
    void aNominalRoleResolvesToTheOneHolderOfThatRole() {
        ArticleAnalysis a = analyze("Chinese President Xi Jinping arrived in Moscow on Monday.\n\n"
                + "The Chinese leader said the visit would deepen ties. China's president also met students.");
        List<ResolvedMention> nominals = a.mentions().stream().filter(m -> m.mention().rule().equals("nominal"))
                .toList();
        assertEquals(List.of("leader", "president"), nominals.stream().map(m -> m.mention().text()).toList());
        nominals.forEach(m -> assertEquals("person/xi-jinping", m.entity()));
        assertEquals(EntityType.PERSON, nominals.get(0).mention().type());
    }

    @Test
    void aRoleBeforeANameOrWithSeveralHoldersIsNotResolved() {
        ArticleAnalysis a = analyze("Russian President Vladimir Putin met Russian Prime Minister Mikhail Mishustin. "
                + "The Russian leader said little. Chinese leader Xi Jinping was not there.");
        assertTrue(a.mentions().stream().noneMatch(m -> m.mention().rule().equals("nominal")), a.mentions()
                .toString());
    }

    @Test
    void aCapitalActingForItsGovernmentAddsTheStateAsAgent() {
        ArticleAnalysis a = analyze("Moscow said on Monday that it would respond. Officials in Beijing said little, "
                + "but Beijing's peace plan was welcomed. Tourists visited Beijing.");
        List<String> agents = a.actingAgents().stream()
                .map(agent -> agent.mention().mention().text() + "@" + agent.mention().mention().begin() + " → "
                        + agent.state()).toList();
        int plan = a.article().text().indexOf("Beijing's");
        assertEquals(List.of("Moscow@0 → state/russia", "Beijing@" + plan + " → state/china"), agents);
        assertEquals("city/moscow", a.actingAgents().get(0).mention().entity(), "the mention stays a city");
        assertTrue(a.entities().containsKey("state/russia"), "the acting state is an entity of the article");
    }

    @Test
    void aSpokespersonOfASeatOfGovernmentHoldsAPositionOfItsState() {
        ArticleAnalysis a = analyze("Kremlin spokesman Dmitry Peskov said Russia would wait.");
        assertEquals(List.of(new Position("person/dmitry-peskov", "Kremlin Spokesman", "state/russia",
                "Kremlin Spokesman of Russia", 0)), a.positions());
    }

    @Test
    void aNameWithoutItsMiddleInitialIsTheSamePersonInOneArticle() {
        ArticleAnalysis a = analyze("U.S. President George W. Bush arrived in Israel. George Bush met Ehud Olmert. "
                + "Later President Bush spoke.");
        assertEquals("person/george-w-bush", entityOf(a, "George Bush", 0));
        assertEquals("person/george-w-bush", entityOf(a, "Bush", 0), "the surname after the short form");
        assertEquals(Set.of("George Bush", "Bush"), a.entities().get("person/george-w-bush").aliases());
    }

    @Test
    void entityKeys() {
        assertEquals("person/recep-tayyip-erdogan", EntityKeys.of(EntityType.PERSON, "Recep Tayyip Erdoğan"));
        assertEquals("state/cote-divoire", EntityKeys.of(EntityType.STATE, "Côte d’Ivoire"));
        assertEquals("organization/world-health-organization",
                EntityKeys.of(EntityType.ORGANIZATION, " World  Health Organization "));
        assertEquals("city/sao-paulo", EntityKeys.of(EntityType.CITY, "São Paulo"));
        assertEquals(EntityKeys.slug("Xi Jinping"), EntityKeys.slug("xi jinping"));
        String nonLatin = EntityKeys.slug("Москва");
        assertFalse(nonLatin.isEmpty());
        assertTrue(nonLatin.matches("[a-z0-9-]+"), nonLatin);
        assertFalse(EntityKeys.slug("Москва").equals(EntityKeys.slug("Киев")), "distinct non-Latin names");
    }
}
