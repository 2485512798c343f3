package org.geokg.meeting;

import static org.geokg.meeting.SentenceLib.lower;

import java.util.Locale;
import java.util.Set;
import org.geokg.lexicon.Words;
import org.geokg.nlp.Sentence;
import org.geokg.nlp.Token;

/** The words that report a meeting: "met", "hosted", "spoke by phone", "talks", "summit", "invited X to visit". */
final class Triggers {
    private static final Set<String> MEET_VERBS = Set.of("met", "meet", "meets", "meeting");
    private static final Set<String> HOST_VERBS = Set.of("hosted", "hosts", "host", "hosting", "received",
            "receives", "welcomed", "welcomes");
    private static final Set<String> PHONE_VERBS = Set.of("phoned", "telephoned", "spoke", "speaks", "talked",
            "talks", "spoken");
    private static final Set<String> DISCUSS_VERBS = Set.of("discussed", "discusses", "negotiated", "conferred");
    private static final Set<String> INVITE_VERBS = Set.of("invited", "invites", "invite", "inviting");
    private static final Set<String> NOUNS = Set.of("meeting", "meetings", "talks", "summit", "call", "conversation",
            "discussion", "discussions", "negotiations");
    private static final Set<String> INVITED_TO = Words.set("invited-to");

    private Triggers() {
    }

    /** Whether a lower-case word is a trigger noun ("talks", "meeting", "summit"). */
    static boolean isTriggerNoun(String word) {
        return NOUNS.contains(word);
    }

    /** The trigger at a token, or {@code null}. */
    static Trigger at(Sentence sentence, int t) {
        Token token = sentence.token(t);
        String word = token.text().toLowerCase(Locale.ROOT);
        String next = t + 1 < sentence.size() ? sentence.token(t + 1).text().toLowerCase(Locale.ROOT) : "";
        String previous = t > 0 ? sentence.token(t - 1).text().toLowerCase(Locale.ROOT) : "";
        if (INVITE_VERBS.contains(word) && invitedToMeet(sentence, t)) {
            return new Trigger(t, Meeting.Kind.MEETING, false, false, t + 1);
        }
        if (word.equals("meeting") && !"VERB".equals(token.pos())) {
            return new Trigger(t, Meeting.Kind.MEETING, true, false, t + 1);
        }
        if (MEET_VERBS.contains(word) || word.equals("signed") && "VERB".equals(token.pos())) {
            return new Trigger(t, Meeting.Kind.MEETING, false, false, t + 1);
        }
        if (DISCUSS_VERBS.contains(word) && withAhead(sentence, t) > 0) {
            return new Trigger(t, Meeting.Kind.TALKS, false, false, withAhead(sentence, t) + 1);
        }
        if (HOST_VERBS.contains(word) && !"NOUN".equals(token.pos()) || word.equals("hosts")) {
            return new Trigger(t, Meeting.Kind.MEETING, false, true, t + 1);
        }
        if (PHONE_VERBS.contains(word) && phoneNear(sentence, t) || word.equals("phoned")
                || word.equals("telephoned")) {
            return new Trigger(t, Meeting.Kind.PHONE_CALL, false, false, t + 1);
        }
        if (NOUNS.contains(word) && (!"VERB".equals(token.pos()) || isSummitAfterModifier(sentence, t))) {
            Meeting.Kind kind = switch (word) {
                case "talks", "discussion", "discussions", "negotiations" -> Meeting.Kind.TALKS;
                case "summit" -> Meeting.Kind.SUMMIT;
                case "call", "conversation" -> Set.of("phone", "telephone", "video").contains(previous)
                        ? Meeting.Kind.PHONE_CALL : null;
                default -> Meeting.Kind.MEETING;
            };
            return kind == null ? null : new Trigger(t, kind, true, false, t + 1);
        }
        // "Talks" opening a sentence is often tagged a verb: "Talks between Japan and Korea resumed."
        return word.equals("talks") && (next.equals("with") || next.equals("between"))
                ? new Trigger(t, Meeting.Kind.TALKS, true, false, t + 1) : null;
    }

    /** "the G8 summit", "a regional summit": "summit" after a modifier, whatever the tagger says. */
    private static boolean isSummitAfterModifier(Sentence sentence, int t) {
        return lower(sentence, t).equals("summit") && t > 0
                && (Pos.isModifier(sentence.token(t - 1).pos()) || "PROPN".equals(sentence.token(t - 1).pos()));
    }

    /** "X invited Y to visit", "... to meet", "... to come", "... to talks", "... to the summit". */
    private static boolean invitedToMeet(Sentence sentence, int t) {
        for (int i = t + 2; i < Math.min(sentence.size(), t + 8); i++) {
            if (INVITED_TO.contains(lower(sentence, i)) && lower(sentence, i - 1).equals("to")
                    || lower(sentence, i).equals("for") && i + 1 < sentence.size()
                    && (lower(sentence, i + 1).equals("talks") || lower(sentence, i + 1).equals("a"))) {
                return true;
            }
        }
        return false;
    }

    /** Index of "with" within eight tokens after a trigger ("discussed the ceasefire with Y"), or -1. */
    private static int withAhead(Sentence sentence, int t) {
        for (int i = t + 1; i < Math.min(sentence.size(), t + 9); i++) {
            if (lower(sentence, i).equals("with")) {
                return i;
            }
            if (Set.of(",", ";", "that", "and").contains(lower(sentence, i))) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean phoneNear(Sentence sentence, int t) {
        for (int i = t + 1; i < Math.min(sentence.size(), t + 8); i++) {
            String w = sentence.token(i).text().toLowerCase(Locale.ROOT);
            if (w.equals("phone") || w.equals("telephone")) {
                return true;
            }
        }
        return false;
    }
}
