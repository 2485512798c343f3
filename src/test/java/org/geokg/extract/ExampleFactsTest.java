package org.geokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.geokg.lexicon.EntityType;
import org.geokg.meeting.Meeting;
import org.geokg.resolve.Entity;
import org.geokg.resolve.Position;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a careful reader finds in examples/voa-putin-xi-2023-03-21.json (see its .facts.md), found by GeoKG. */
class ExampleFactsTest {
    private static ArticleAnalysis analysis;

    @BeforeAll
    static void analyse() {
        Extractor extractor = new Extractor(org.geokg.extract.ShippedModels.get());
        analysis = extractor.analyze(GoldenExtractionTest.read(Path.of("examples/voa-putin-xi-2023-03-21.json")));
    }

    private static Set<String> labels(EntityType type) {
        return analysis.entities().values().stream().filter(e -> e.type() == type).map(Entity::label)
                .collect(Collectors.toSet());
    }

    @Test
    void findsThePeopleOfTheArticleAsOneEntityEach() {
        assertTrue(labels(EntityType.PERSON).containsAll(List.of("Vladimir Putin", "Xi Jinping", "Mikhail Mishustin",
                "Dmitry Peskov", "Volodymyr Zelenskyy", "Antony Blinken", "John Kirby", "Wang Wenbin",
                "Oleksiy Danilov", "Patsy Widakuswara", "Paris Huang")), labels(EntityType.PERSON).toString());
        assertTrue(labels(EntityType.PERSON).stream().noneMatch(name -> name.equals("Putin") || name.equals("Xi")
                || name.equals("Wang")), "short names resolve to the full name: " + labels(EntityType.PERSON));
    }

    @Test
    void findsTheStatesAndOrganizations() {
        assertEquals(Set.of("Russia", "China", "Ukraine", "United States"), labels(EntityType.STATE));
        assertTrue(labels(EntityType.ORGANIZATION).containsAll(List.of("International Criminal Court",
                "North Atlantic Treaty Organisation", "United Nations", "Kremlin", "People's Daily",
                "Rossiiskaya Gazeta", "Voice of America", "Associated Press", "Reuters", "Twitter",
                "White House National Security Council", "National Security and Defense Council")),
                labels(EntityType.ORGANIZATION).toString());
    }

    @Test
    void noTitleMonthOrWeekdayIsAnEntity() {
        for (var mention : analysis.mentions()) {
            String text = mention.mention().text();
            assertTrue(!Set.of("President", "Prime Minister", "Monday", "Tuesday", "March", "Breaking News",
                    "Accessibility").contains(text), text);
            assertTrue(!text.startsWith("President ") && !text.startsWith("Chinese President"), text);
        }
    }

    @Test
    void readsTheOfficesFromTitles() {
        Set<String> offices = analysis.positions().stream().map(p -> p.person() + " " + p.label())
                .collect(Collectors.toSet());
        assertTrue(offices.containsAll(List.of("person/xi-jinping President of China",
                "person/vladimir-putin President of Russia", "person/mikhail-mishustin Prime Minister of Russia")),
                offices.toString());
        assertTrue(analysis.positions().stream().map(Position::state).allMatch(s -> s.startsWith("state/")));
    }

    @Test
    void findsTheMeetingsThatTookPlaceAndNoOthers() {
        List<String> occurred = analysis.meetings().stream().filter(m -> m.status() == Meeting.Status.OCCURRED)
                .map(m -> m.participants().stream().sorted().collect(Collectors.joining("+")) + " " + m.place()
                        + " " + m.date().lexical())
                .sorted().toList();
        assertEquals(List.of(
                "person/mikhail-mishustin+person/xi-jinping city/moscow 2023-03-21",
                "person/vladimir-putin+person/xi-jinping city/moscow 2023-03-20",
                "person/vladimir-putin+person/xi-jinping city/moscow 2023-03-21",
                "person/xi-jinping+state/russia city/moscow 2023-03-20"), occurred);
        Meeting visit = analysis.meetings().stream().filter(m -> m.kind() == Meeting.Kind.VISIT
                && m.status() == Meeting.Status.OCCURRED).findFirst().orElseThrow();
        assertEquals("state/russia", visit.host(), "Xi's state visit to Russia, from 'the Chinese leader's visit'");
        Meeting hosted = analysis.meetings().stream().filter(m -> "person/vladimir-putin".equals(m.host()))
                .findFirst().orElseThrow();
        assertEquals("2023-03-21", hosted.date().lexical());
        assertEquals(Meeting.Kind.TALKS, hosted.kind());
    }
}
