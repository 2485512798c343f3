package org.geokg.meeting;

import static org.geokg.meeting.SentenceLib.lower;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.geokg.GeoKgException;
import org.geokg.lexicon.Words;
import org.geokg.nlp.Sentence;

/**
 * The predicates a row of the trigger table ({@code lexicon/triggers.tsv}) may require at its token, under the names
 * the table gives them: {@code with-ahead} is {@link #WITH_AHEAD}. The table says which words trigger what; these
 * say what else must hold in the sentence.
 */
enum TriggerGuard {
    /** The tagger reads the token as a verb ("signed" an agreement). */
    TAGGED_VERB((sentence, t) -> "VERB".equals(sentence.token(t).pos())),
    /** The tagger does not read the token as a verb ("the meeting", not "meeting with"). */
    NOT_TAGGED_VERB((sentence, t) -> !"VERB".equals(sentence.token(t).pos())),
    /** The tagger does not read the token as a noun ("hosted", not "the host"). */
    NOT_TAGGED_NOUN((sentence, t) -> !"NOUN".equals(sentence.token(t).pos())),
    /** A determiner, adjective, number or name stands before it ("the G8 summit"), however the tagger reads it. */
    AFTER_MODIFIER((sentence, t) -> t > 0 && (Pos.isModifier(sentence.token(t - 1).pos())
            || "PROPN".equals(sentence.token(t - 1).pos()))),
    /** "To" and a word of meeting or "for talks" follow: "X invited Y to visit", "... to the summit". */
    INVITED_TO_MEET(TriggerGuard::invitedToMeet),
    /** "With" follows within eight words, before a comma, "and" or "that": "X discussed the ceasefire with Y". */
    WITH_AHEAD((sentence, t) -> withAhead(sentence, t) > 0),
    /** "Phone" or "telephone" follows within seven words: "X spoke by phone with Y". */
    PHONE_NEAR(TriggerGuard::phoneNear),
    /** A word of a call's medium stands just before it: "a phone call", "a video conversation". */
    PHONE_BEFORE(TriggerGuard::phoneBefore),
    /** "With" or "between" follows: "Talks between Japan and Korea resumed", where the tagger reads a verb. */
    WITH_OR_BETWEEN_AFTER((sentence, t) -> t + 1 < sentence.size()
            && (lower(sentence, t + 1).equals("with") || lower(sentence, t + 1).equals("between"))),
    /**
     * Capitalized words joined by a dash stand before it, past modifiers such as "bilateral": "the US-Russia talks",
     * where the tagger reads a verb.
     */
    AFTER_COMPOUND(CompoundNames::standBefore);

    private static final Set<String> INVITED_TO = Words.set("invited-to");
    private static final Set<String> CALL_MEDIA = Words.set("call-medium");
    /** Words before which a "with" no longer belongs to the verb: "discussed the ceasefire, and with Y". */
    private static final Set<String> WITH_BARRIERS = Set.of(",", ";", "that", "and");

    private final Test test;

    TriggerGuard(Test test) {
        this.test = test;
    }

    /** Whether the guard holds at token {@code t} of a sentence. */
    boolean holds(Sentence sentence, int t) {
        return test.holds(sentence, t);
    }

    /** The name the trigger table gives the guard: {@code with-ahead}. */
    String tableName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The guard a table names; an unknown name is an error that lists the known ones. */
    static TriggerGuard named(String name) {
        for (TriggerGuard guard : values()) {
            if (guard.tableName().equals(name)) {
                return guard;
            }
        }
        throw new GeoKgException("no trigger guard '" + name + "'; the guards are: "
                + Arrays.stream(values()).map(TriggerGuard::tableName).collect(Collectors.joining(", ")));
    }

    /** Index of "with" within eight tokens after a trigger ("discussed the ceasefire with Y"), or -1. */
    static int withAhead(Sentence sentence, int t) {
        for (int i = t + 1; i < Math.min(sentence.size(), t + 9); i++) {
            if (lower(sentence, i).equals("with")) {
                return i;
            }
            if (WITH_BARRIERS.contains(lower(sentence, i))) {
                return -1;
            }
        }
        return -1;
    }

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

    private static boolean phoneNear(Sentence sentence, int t) {
        for (int i = t + 1; i < Math.min(sentence.size(), t + 8); i++) {
            String w = lower(sentence, i);
            if (w.equals("phone") || w.equals("telephone")) {
                return true;
            }
        }
        return false;
    }

    private static boolean phoneBefore(Sentence sentence, int t) {
        return t > 0 && CALL_MEDIA.contains(lower(sentence, t - 1));
    }

    /** A test of the token at an index of a sentence. */
    private interface Test {
        boolean holds(Sentence sentence, int t);
    }
}
