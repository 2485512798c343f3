package org.geokg.meeting;

import java.util.Objects;

/**
 * The codes of a meeting in the event ontologies of GDELT and ICEWS (CAMEO) and of POLECAT (PLOVER), so that the
 * graph lines up with their data. A meeting that took place is a CAMEO 04 "Consult" event and a PLOVER CONSULT
 * event: 041 by telephone (mode {@code phone}), 042 a visit (mode {@code visit}, the guest's side), 043 a meeting
 * its host received (mode {@code host}), 046 talks (negotiation), 040 any other meeting, and for a summit the PLOVER
 * mode {@code multilateral}. A planned or cancelled meeting is what the article reports of it, an intention: CAMEO
 * 036 "Express intent to meet or negotiate", PLOVER AGREE.
 *
 * @param cameo       the CAMEO code, such as "042"
 * @param cameoLabel  the CAMEO name of the code, such as "Make a visit"
 * @param ploverType  the PLOVER event type, such as "CONSULT"
 * @param ploverMode  the PLOVER mode, such as "visit", or {@code null} when the code has none
 */
public record EventCode(String cameo, String cameoLabel, String ploverType, String ploverMode) {
    public EventCode {
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(cameoLabel, "cameoLabel");
        Objects.requireNonNull(ploverType, "ploverType");
    }

    /** The codes of a meeting, from its kind, status and host. */
    public static EventCode of(Meeting meeting) {
        if (meeting.status() != Meeting.Status.OCCURRED) {
            return new EventCode("036", "Express intent to meet or negotiate", "AGREE", null);
        }
        return switch (meeting.kind()) {
            case PHONE_CALL -> new EventCode("041", "Discuss by telephone", "CONSULT", "phone");
            case VISIT -> new EventCode("042", "Make a visit", "CONSULT", "visit");
            case SUMMIT -> new EventCode("040", "Consult", "CONSULT", "multilateral");
            case TALKS -> meeting.host() != null ? hosted() : new EventCode("046", "Engage in negotiation", "CONSULT",
                    null);
            case MEETING -> meeting.host() != null ? hosted() : new EventCode("040", "Consult", "CONSULT", null);
        };
    }

    private static EventCode hosted() {
        return new EventCode("043", "Host a visit", "CONSULT", "host");
    }
}
