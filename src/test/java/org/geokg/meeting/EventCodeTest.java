package org.geokg.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventCodeTest {
    private static Meeting meeting(Meeting.Kind kind, Meeting.Status status, String host) {
        return new Meeting(kind, status, List.of("person/a", "person/b"), host, null, null, List.of(0), 0.5, "test");
    }

    private static EventCode code(Meeting.Kind kind, String host) {
        return EventCode.of(meeting(kind, Meeting.Status.OCCURRED, host));
    }

    @Test
    void meetingsThatTookPlaceAreConsultations() {
        assertEquals(new EventCode("041", "Discuss by telephone", "CONSULT", "phone"),
                code(Meeting.Kind.PHONE_CALL, null));
        assertEquals("042", code(Meeting.Kind.VISIT, "person/b").cameo());
        assertEquals("visit", code(Meeting.Kind.VISIT, "person/b").ploverMode());
        assertEquals("043", code(Meeting.Kind.MEETING, "person/a").cameo());
        assertEquals("host", code(Meeting.Kind.TALKS, "person/a").ploverMode());
        assertEquals("046", code(Meeting.Kind.TALKS, null).cameo());
        assertEquals("040", code(Meeting.Kind.MEETING, null).cameo());
        assertNull(code(Meeting.Kind.MEETING, null).ploverMode());
        assertEquals("multilateral", code(Meeting.Kind.SUMMIT, null).ploverMode());
    }

    @Test
    void plannedAndCancelledMeetingsAreIntentionsToMeet() {
        for (Meeting.Status status : List.of(Meeting.Status.PLANNED, Meeting.Status.CANCELLED)) {
            EventCode code = EventCode.of(meeting(Meeting.Kind.VISIT, status, "person/b"));
            assertEquals("036", code.cameo());
            assertEquals("AGREE", code.ploverType());
        }
    }
}
