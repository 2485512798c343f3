package org.geokg.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.geokg.article.Article;
import org.geokg.extract.Extractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Meetings through the whole {@link Extractor}, on short articles published on Wednesday 15 May 2024. */
class MeetingExtractorTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 15);
    private static final String PUTIN = "person/vladimir-putin";
    private static final String XI = "person/xi-jinping";
    private static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = new Extractor(org.geokg.extract.ExtractionModels.shipped());
    }

    private static List<Meeting> meetings(String text) {
        return extractor.analyze(new Article("t", "t", null, null, PUBLISHED, text, Map.of())).meetings();
    }

    private static Meeting only(String text) {
        List<Meeting> meetings = meetings(text);
        assertEquals(1, meetings.size(), text + " → " + meetings);
        return meetings.get(0);
    }

    private static void assertParticipants(Meeting meeting, String... keys) {
        assertEquals(Set.of(keys), Set.copyOf(meeting.participants()), meeting.toString());
        assertEquals(keys.length, meeting.participants().size(), "no duplicates: " + meeting);
    }

    @Test
    void metInPlaceOnWeekday() {
        Meeting m = only("Vladimir Putin met Xi Jinping in Vienna on Monday.");
        assertParticipants(m, PUTIN, XI);
        assertEquals(Meeting.Kind.MEETING, m.kind());
        assertEquals(Meeting.Status.OCCURRED, m.status());
        assertEquals(DateValue.day(LocalDate.of(2024, 5, 13)), m.date());
        assertEquals("city/vienna", m.place());
        assertEquals(List.of(0), m.evidence());
        assertNull(m.host());
    }

    @Test
    void metInGeneva() {
        Meeting m = only("Vladimir Putin met Xi Jinping in Geneva on Monday.");
        assertParticipants(m, PUTIN, XI);
        assertEquals("city/geneve", m.place(), "the city (GeoNames: Genève), not the canton");
        assertEquals(DateValue.day(LocalDate.of(2024, 5, 13)), m.date());
    }

    @Test
    void titledPeopleMeet() {
        Meeting m = only("German Chancellor Olaf Scholz met French President Emmanuel Macron on 3 May 2024.");
        assertParticipants(m, "person/olaf-scholz", "person/emmanuel-macron");
        assertEquals(DateValue.day(LocalDate.of(2024, 5, 3)), m.date());
    }

    @Test
    void theDateOfAStatementIsNotTheDateOfTheMeeting() {
        assertNull(only("Vladimir Putin met Xi Jinping in Moscow, the Kremlin said on Tuesday.").date());
        assertNull(only("On Tuesday the Kremlin said Vladimir Putin met Xi Jinping.").date());
        assertEquals(DateValue.day(LocalDate.of(2024, 5, 13)),
                only("Vladimir Putin met Xi Jinping on Monday, the Kremlin said on Tuesday.").date());
    }

    @Test
    void xAndYMet() {
        Meeting m = only("Vladimir Putin and Xi Jinping met in Moscow on Tuesday.");
        assertParticipants(m, PUTIN, XI);
        assertEquals(Meeting.Status.OCCURRED, m.status());
        assertEquals("city/moscow", m.place());
        assertEquals(DateValue.day(LocalDate.of(2024, 5, 14)), m.date());
    }

    @Test
    void xHostedY() {
        Meeting m = only("Vladimir Putin hosted Xi Jinping on 14 May 2024.");
        assertParticipants(m, PUTIN, XI);
        assertEquals(PUTIN, m.host());
        assertEquals(DateValue.day(LocalDate.of(2024, 5, 14)), m.date());
    }

    @Test
    void hostsCapitalIsThePlaceWhenNoneIsGiven() {
        Meeting m = only("Russian President Vladimir Putin hosted Xi Jinping. Moscow was calm.");
        assertEquals(PUTIN, m.host());
        assertEquals("city/moscow", m.place());
    }

    @Test
    void visitDestinationIsThePlaceWhenNoneIsGiven() {
        assertEquals("city/moscow", only("Xi Jinping arrived in Moscow on Monday. Vladimir Putin met Xi Jinping.")
                .place());
        assertEquals("city/moscow", only("Xi Jinping visited Moscow on Monday. Vladimir Putin met Xi Jinping.")
                .place());
        assertNull(only("Xi Jinping visited Moscow and Delhi. Vladimir Putin met Xi Jinping.").place(),
                "two destinations: no place");
    }

    @Test
    void talksBetweenXAndY() {
        Meeting m = only("Talks between Japan and South Korea resumed on March 3.");
        assertParticipants(m, "state/japan", "state/south-korea");
        assertEquals(Meeting.Kind.TALKS, m.kind());
        assertEquals(DateValue.day(LocalDate.of(2024, 3, 3)), m.date());
        assertParticipants(only("The talks between Japan and South Korea resumed."), "state/japan",
                "state/south-korea");
    }

    @Test
    void phoneCall() {
        Meeting m = only("President Joe Biden spoke by phone with Turkish President Recep Tayyip Erdogan on Tuesday.");
        assertParticipants(m, "person/joe-biden", "person/recep-tayyip-erdogan");
        assertEquals(Meeting.Kind.PHONE_CALL, m.kind());
        assertEquals(DateValue.day(LocalDate.of(2024, 5, 14)), m.date());
        assertEquals(Meeting.Kind.PHONE_CALL, only("Vladimir Putin had a phone call with Xi Jinping.").kind());
    }

    @Test
    void heldTalksWith() {
        Meeting m = only("Xi Jinping held talks with Vladimir Putin in Beijing on May 10.");
        assertParticipants(m, XI, PUTIN);
        assertEquals(Meeting.Kind.TALKS, m.kind());
        assertEquals("city/beijing", m.place());
        assertEquals(DateValue.day(LocalDate.of(2024, 5, 10)), m.date());
    }

    @Test
    void negatedMeetingsAreDropped() {
        assertEquals(List.of(), meetings("Vladimir Putin did not meet Xi Jinping in Beijing."));
        assertEquals(List.of(), meetings("Vladimir Putin didn't meet Xi Jinping."));
        assertEquals(List.of(), meetings("Vladimir Putin never met Xi Jinping."));
        assertEquals(List.of(), meetings("Vladimir Putin didn’t meet Xi Jinping."), "curly apostrophe");
        assertEquals(List.of(), meetings("Vladimir Putin won’t meet Xi Jinping."), "curly apostrophe");
        assertEquals(List.of(), meetings("Vladimir Putin refused to meet Xi Jinping."));
        assertEquals(List.of(), meetings("Vladimir Putin did not invite Xi Jinping to visit Moscow."));
    }

    @Test
    void meetTheDemandsIsNoMeeting() {
        assertEquals(List.of(), meetings("The proposal does not meet the demands of China, Xi Jinping said."));
        assertEquals(List.of(), meetings("The offer fails to meet the demands of Vladimir Putin."));
    }

    @Test
    void plannedMeetingsAreNeverOccurred() {
        for (String text : List.of(
                "Vladimir Putin will meet Xi Jinping on Friday.",
                "Vladimir Putin is expected to meet Xi Jinping next week.",
                "Vladimir Putin invited Xi Jinping to visit Moscow.",
                "Vladimir Putin has invited Xi Jinping to Moscow for talks next month.",
                "Vladimir Putin plans to hold talks with Xi Jinping.")) {
            Meeting m = only(text);
            assertEquals(Meeting.Status.PLANNED, m.status(), text);
            assertParticipants(m, PUTIN, XI);
            if (text.contains("Friday")) {
                assertEquals(DateValue.day(LocalDate.of(2024, 5, 17)), m.date(), "the next Friday: " + text);
            } else {
                assertNull(m.date(), "no date is stated: " + text);
            }
        }
    }

    @Test
    void invitationToSomethingElseIsNoMeeting() {
        assertEquals(List.of(), meetings("Vladimir Putin invited Xi Jinping to join the sanctions."));
    }

    @Test
    void cancelledMeeting() {
        Meeting m = only("The meeting between Vladimir Putin and Xi Jinping was cancelled.");
        assertEquals(Meeting.Status.CANCELLED, m.status());
        assertEquals(Meeting.Status.CANCELLED,
                only("Vladimir Putin's planned meeting with Xi Jinping was called off.").status());
        assertEquals(Meeting.Status.CANCELLED, only("Vladimir Putin cancelled his meeting with Xi Jinping.").status());
    }

    @Test
    void aCancellationInAnotherClauseDoesNotCancel() {
        Meeting m = only("Vladimir Putin met Xi Jinping in Moscow, after Narendra Modi cancelled his trip.");
        assertEquals(Meeting.Status.OCCURRED, m.status());
        assertParticipants(m, PUTIN, XI);
    }

    @Test
    void twoSentencesAboutTheSameMeetingAreOneMeeting() {
        Meeting m = only("Vladimir Putin met Xi Jinping in Beijing on Monday.\n\n"
                + "The talks between Vladimir Putin and Xi Jinping lasted five hours.");
        assertParticipants(m, PUTIN, XI);
        assertEquals(List.of(0, 1), m.evidence());
        assertEquals("city/beijing", m.place());
        assertEquals(DateValue.day(LocalDate.of(2024, 5, 13)), m.date());
        assertEquals(Meeting.Kind.TALKS, m.kind(), "the more specific kind wins");
    }

    @Test
    void meetingsOnDifferentDatesStayApart() {
        List<Meeting> meetings = meetings("Vladimir Putin met Xi Jinping on 3 March 2023.\n"
                + "Vladimir Putin met Xi Jinping again on 18 October 2023.");
        assertEquals(2, meetings.size(), meetings.toString());
    }

    @Test
    void occurredAndNegatedInOneSentence() {
        Meeting m = only("Vladimir Putin met Xi Jinping, but Narendra Modi did not meet Joe Biden.");
        assertParticipants(m, PUTIN, XI);
    }

    @Test
    void noMeetingWithoutTwoParticipants() {
        assertEquals(List.of(), meetings("Vladimir Putin met reporters in Moscow."));
        assertEquals(List.of(), meetings("The meeting ended early."));
    }

    @Test
    void statesMeetToo() {
        Meeting m = only("Brazil and Argentina met in Brasília on Monday.");
        assertParticipants(m, "state/brazil", "state/argentina");
        assertTrue(m.confidence() > 0 && m.confidence() <= 1);
    }

    @Test
    void theTwoLeadersAreTheParticipantsOfTheMeetingBefore() {
        List<Meeting> found = meetings("Vladimir Putin met Xi Jinping in Moscow on Monday.\n\n"
                + "The two leaders met again on Tuesday in Beijing.");
        assertEquals(2, found.size(), found.toString());
        assertParticipants(found.get(1), PUTIN, XI);
        assertEquals("city/beijing", found.get(1).place());
        assertEquals(DateValue.day(LocalDate.of(2024, 5, 14)), found.get(1).date());
    }

    @Test
    void aSummitGathersItsAttendees() {
        List<Meeting> found = meetings("The NATO summit opened in Wales on Thursday.\n\n"
                + "Ukrainian President Petro Poroshenko attended the summit.");
        assertTrue(found.stream().anyMatch(m -> m.kind() == Meeting.Kind.SUMMIT
                && Set.copyOf(m.participants()).equals(Set.of("organization/north-atlantic-treaty-organisation",
                "person/petro-poroshenko"))), found.toString());
    }

    private static Meeting summit(List<Meeting> found) {
        return found.stream().filter(m -> m.kind() == Meeting.Kind.SUMMIT).findFirst()
                .orElseThrow(() -> new AssertionError("no summit in " + found));
    }

    @Test
    void theDelegatesOfThreeStatesMeetAtTheSummitTheArticleReports() {
        Meeting m = summit(meetings("European leaders end summit\n\n"
                + "A European summit in Brussels on Monday ended with a deal on energy.\n\n"
                + "French President Emmanuel Macron said the deal was fair.\n\n"
                + "The German chancellor, Olaf Scholz, called it a good start at the summit.\n\n"
                + "Giorgia Meloni, the Italian prime minister, said more work was needed."));
        assertParticipants(m, "person/emmanuel-macron", "person/olaf-scholz", "person/giorgia-meloni");
        assertEquals(Meeting.Status.OCCURRED, m.status());
        assertEquals("city/brussels", m.place());
        assertEquals(DateValue.day(LocalDate.of(2024, 5, 13)), m.date());
    }

    @Test
    void twoDelegatesDoNotMakeASummitOfTheirOwn() {
        assertEquals(List.of(), meetings("A European summit in Brussels on Monday ended with a deal.\n\n"
                + "French President Emmanuel Macron said the deal was fair.\n\n"
                + "The German chancellor, Olaf Scholz, called it a good start."));
    }

    @Test
    void aSummitOfStatesListsItsParties() {
        Meeting m = summit(meetings("A summit of Egypt, Jordan and Saudi Arabia was held in Cairo on Monday."));
        assertParticipants(m, "state/egypt", "state/jordan", "state/saudi-arabia");
        assertEquals("city/cairo", m.place());
    }

    @Test
    void thePeopleOfAClauseOpenedByAtTheSummitAttendIt() {
        Meeting m = summit(meetings("At the close of the summit in Geneva on Monday, Xi Jinping read a statement "
                + "by Vladimir Putin."));
        assertParticipants(m, XI, PUTIN);
        assertEquals(DateValue.day(LocalDate.of(2024, 5, 13)), m.date());
    }

    @Test
    void aJourneyJustBegunHasItsStopsAhead() {
        Meeting m = only("Xi Jinping embarked on a tour with visits to France, Serbia and Hungary.");
        assertEquals(Meeting.Kind.VISIT, m.kind());
        assertEquals(Meeting.Status.PLANNED, m.status());
    }

    @Test
    void aParticipleAfterADashTakesTheSubjectOfTheSentence() {
        Meeting m = only("Vladimir Putin and Xi Jinping wasted no time - launching talks after the ceremony.");
        assertParticipants(m, PUTIN, XI);
        assertEquals(Meeting.Kind.TALKS, m.kind());
    }

    @Test
    void coordinatedSubjectsWithAppositivesSign() {
        Meeting m = only("Vladimir Putin, Russia's president, and Xi Jinping, China's president, signed a treaty.");
        assertParticipants(m, PUTIN, XI);
    }

    @Test
    void aCallWithOneAndAMeetingInPersonWithAnother() {
        List<Meeting> found = meetings("Olaf Scholz spoke with Vladimir Putin by phone and Xi Jinping in person.");
        assertEquals(2, found.size(), found.toString());
        assertEquals(Meeting.Kind.PHONE_CALL, found.get(0).kind());
        assertParticipants(found.get(0), "person/olaf-scholz", PUTIN);
        assertEquals(Meeting.Kind.MEETING, found.get(1).kind());
        assertParticipants(found.get(1), "person/olaf-scholz", XI);
    }

    @Test
    void aGatheringChairedByTwoStates() {
        Meeting m = only("On Monday, a meeting of twelve countries chaired by France and Germany agreed on a plan.");
        assertParticipants(m, "state/france", "state/germany");
        assertEquals(DateValue.day(LocalDate.of(2024, 5, 13)), m.date());
    }

    @Test
    void aVisitToDiscussWithSomeoneIsAVisitToThem() {
        Meeting m = only("Olaf Scholz visited the capital, Kyiv, to discuss aid with President Volodymyr Zelensky.");
        assertEquals(Meeting.Kind.VISIT, m.kind());
        assertParticipants(m, "person/olaf-scholz", "person/volodymyr-zelensky");
        assertEquals("person/volodymyr-zelensky", m.host());
        assertEquals("city/kyiv", m.place());
    }

    @Test
    void peopleSeenAtASummit() {
        Meeting m = only("Vladimir Putin and Xi Jinping are among the leaders seen at the G20 summit in 2019.");
        assertParticipants(m, PUTIN, XI);
        assertEquals(Meeting.Kind.SUMMIT, m.kind());
        assertEquals(DateValue.Precision.YEAR, m.date().precision());
    }

    @Test
    void mentionsOfOneMeetingAreMergedWithAllTheirEvidence() {
        Meeting m = only("Vladimir Putin met Xi Jinping in Moscow on Monday.\n\n"
                + "Vladimir Putin and Xi Jinping met for three hours, the Kremlin said.");
        assertEquals(List.of(0, 1), m.evidence());
        assertEquals("city/moscow", m.place());
    }

    @Test
    void meetingsOfTheSamePeopleInTwoCitiesAreTwoMeetings() {
        List<Meeting> found = meetings("Vladimir Putin met Xi Jinping in Moscow.\n\n"
                + "Vladimir Putin met Xi Jinping in Beijing.");
        assertEquals(2, found.size(), found.toString());
    }

    @Test
    void aMeetingWithTheHostSideOfAVisitTakesTheVisitsDate() {
        List<Meeting> found = meetings("Olaf Scholz paid a visit to Georgia on Monday.\n\n"
                + "During his meeting with Georgian President Salome Zourabichvili, Scholz praised reforms.");
        Meeting meeting = found.stream().filter(m -> m.kind() == Meeting.Kind.MEETING).findFirst()
                .orElseThrow(() -> new AssertionError(found.toString()));
        assertEquals(DateValue.day(LocalDate.of(2024, 5, 13)), meeting.date());
    }

    @Test
    void aStayAbroadWithAPurposeIsAVisit() {
        Meeting m = only("Olaf Scholz, who is in Brazil for the opening of a trade fair, praised the organizers.");
        assertEquals(Meeting.Kind.VISIT, m.kind());
        assertParticipants(m, "person/olaf-scholz", "state/brazil");
        assertEquals("state/brazil", m.host());
        assertEquals(DateValue.day(PUBLISHED), m.date());
        assertEquals(List.of(), meetings("Olaf Scholz is in Brazil."));
    }

    @Test
    void headsOfDelegationMeetInTheTalksOfTheirParagraph() {
        List<Meeting> found = meetings("Russia and China held a new round of border talks on Monday. "
                + "Sergey Lavrov represented Russia while Wang Yi represented China.");
        assertTrue(found.stream().anyMatch(m -> m.kind() == Meeting.Kind.TALKS
                && Set.copyOf(m.participants()).equals(Set.of("person/sergey-lavrov", "person/wang-yi"))
                && DateValue.day(LocalDate.of(2024, 5, 13)).equals(m.date())), found.toString());
        assertEquals(List.of(), meetings("Sergey Lavrov represented Russia while Wang Yi represented China."));
    }

    @Test
    void theOneWhoReceivesInThePassiveIsTheHost() {
        Meeting m = only("Xi Jinping was received by Vladimir Putin on Monday.");
        assertParticipants(m, XI, PUTIN);
        assertEquals(PUTIN, m.host());
    }

    @Test
    void delegationsNamedByTheirDemonymsStandForTheirStates() {
        Meeting m = only("Russian and Chinese delegations held talks in Beijing on Monday.");
        assertParticipants(m, "state/russia", "state/china");
        assertEquals(Meeting.Kind.TALKS, m.kind());
    }

    @Test
    void aVisitWithAMeetingThereIsAVisitToTheStateAndToThePerson() {
        List<Meeting> found = meetings("Olaf Scholz visited China and met Xi Jinping on Tuesday.");
        assertEquals(2, found.size(), found.toString());
        assertParticipants(found.get(0), "person/olaf-scholz", "state/china");
        assertParticipants(found.get(1), "person/olaf-scholz", XI);
        assertEquals(XI, found.get(1).host());
        assertEquals(DateValue.day(LocalDate.of(2024, 5, 14)), found.get(1).date());
    }
}
