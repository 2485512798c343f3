package org.geokg.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.geokg.GeoKgException;
import org.geokg.lexicon.Table;
import org.geokg.nlp.Sentence;
import org.geokg.nlp.Token;
import org.junit.jupiter.api.Test;

/** The trigger table ({@code lexicon/triggers.tsv}) and the guards its rows name, on hand-tagged sentences. */
class TriggersTest {
    private static final List<Map<String, String>> ROWS = Table.rows(Triggers.TABLE);

    /** A sentence from "word/TAG" pairs separated by spaces. */
    private static Sentence sentence(String tagged) {
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (String pair : tagged.split(" ")) {
            int slash = pair.lastIndexOf('/');
            String word = pair.substring(0, slash);
            tokens.add(new Token(word, offset, offset + word.length(), pair.substring(slash + 1)));
            offset += word.length() + 1;
        }
        return new Sentence(0, 0, 0, offset, tokens);
    }

    private static Set<String> guardNamesInTable() {
        return ROWS.stream().flatMap(row -> Table.split(row.get("guard")).stream())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyRowLoads() {
        assertFalse(ROWS.isEmpty());
        for (Map<String, String> row : ROWS) {
            Triggers.Row loaded = Triggers.row(row);
            assertEquals(row.get("word"), loaded.word());
            assertEquals(Table.split(row.get("guard")).size(), loaded.guards().size(), row.toString());
        }
    }

    @Test
    void everyGuardInTheTableIsAPredicateOfTheCode() {
        Set<String> defined = Arrays.stream(TriggerGuard.values()).map(TriggerGuard::tableName)
                .collect(Collectors.toSet());
        for (String name : guardNamesInTable()) {
            assertTrue(defined.contains(name), "the table names guard '" + name + "', the code defines " + defined);
            assertEquals(name, TriggerGuard.named(name).tableName());
        }
    }

    @Test
    void everyGuardOfTheCodeIsUsedByTheTable() {
        Set<String> used = guardNamesInTable();
        for (TriggerGuard guard : TriggerGuard.values()) {
            assertTrue(used.contains(guard.tableName()), guard.tableName() + " is used by no row of the table");
        }
    }

    @Test
    void aBadRowNamesItselfAndTheBadCell() {
        GeoKgException unknownGuard = assertThrows(GeoKgException.class,
                () -> Triggers.row(metWith("guard", "phone-nearby")));
        assertTrue(unknownGuard.getMessage().contains("row 'met'"), unknownGuard.getMessage());
        assertTrue(unknownGuard.getMessage().contains("phone-near,"), unknownGuard.getMessage());
        GeoKgException badForm = assertThrows(GeoKgException.class, () -> Triggers.row(metWith("form", "adverb")));
        assertTrue(badForm.getMessage().contains("form must be noun or verb"), badForm.getMessage());
        assertThrows(GeoKgException.class, () -> Triggers.row(metWith("kind", "rally")));
        assertThrows(GeoKgException.class, () -> Triggers.row(metWith("word", "Met")));
    }

    /** The table's row of "met" with one cell changed. */
    private static Map<String, String> metWith(String column, String cell) {
        Map<String, String> row = new HashMap<>(ROWS.stream().filter(r -> r.get("word").equals("met")).findFirst()
                .orElseThrow());
        row.put(column, cell);
        return row;
    }

    @Test
    void aMeetVerb() {
        Trigger met = Triggers.at(sentence("Putin/PROPN met/VERB Xi/PROPN"), 1);
        assertEquals(new Trigger(1, Meeting.Kind.MEETING, false, false, false, 2), met);
        assertNull(Triggers.at(sentence("Putin/PROPN met/VERB Xi/PROPN"), 0));
    }

    @Test
    void aDiscussVerbNeedsWithAheadAndTakesItsAgentsAfterIt() {
        Sentence withAhead = sentence("Putin/PROPN discussed/VERB the/DET war/NOUN with/ADP Xi/PROPN");
        Trigger discussed = Triggers.at(withAhead, 1);
        assertEquals(Meeting.Kind.TALKS, discussed.kind());
        assertEquals(5, discussed.objectStart());
        assertNull(Triggers.at(sentence("Putin/PROPN discussed/VERB the/DET war/NOUN ,/PUNCT with/ADP Xi/PROPN"), 1));
    }

    @Test
    void talksAreACallWithAPhoneNearTalksAsANounOrBeforeBetween() {
        assertEquals(Meeting.Kind.PHONE_CALL,
                Triggers.at(sentence("Putin/PROPN talks/VERB by/ADP phone/NOUN with/ADP Xi/PROPN"), 1).kind());
        Trigger noun = Triggers.at(sentence("the/DET talks/NOUN with/ADP Xi/PROPN"), 1);
        assertEquals(Meeting.Kind.TALKS, noun.kind());
        assertTrue(noun.noun());
        Trigger taggedVerb = Triggers.at(sentence("Talks/VERB between/ADP Japan/PROPN and/CCONJ Korea/PROPN"), 0);
        assertEquals(Meeting.Kind.TALKS, taggedVerb.kind());
        assertTrue(taggedVerb.noun());
        assertNull(Triggers.at(sentence("Putin/PROPN talks/VERB tough/ADJ"), 1));
    }

    @Test
    void aCallIsAMeetingOnlyByPhoneOrVideo() {
        assertEquals(Meeting.Kind.PHONE_CALL, Triggers.at(sentence("a/DET phone/NOUN call/NOUN"), 2).kind());
        assertEquals(Meeting.Kind.PHONE_CALL, Triggers.at(sentence("a/DET video/NOUN conversation/NOUN"), 2).kind());
        assertNull(Triggers.at(sentence("a/DET call/NOUN"), 1));
        assertNull(Triggers.at(sentence("they/PRON phone/VERB call/VERB"), 2));
    }

    @Test
    void aSummitAfterAModifierWhateverTheTagger() {
        assertEquals(Meeting.Kind.SUMMIT, Triggers.at(sentence("the/DET G8/PROPN summit/VERB"), 2).kind());
        assertNull(Triggers.at(sentence("they/PRON summit/VERB"), 1));
    }

    @Test
    void hostingVerbsButNotTheHost() {
        Trigger hosted = Triggers.at(sentence("Putin/PROPN hosted/VERB Xi/PROPN"), 1);
        assertTrue(hosted.hosting());
        assertNull(Triggers.at(sentence("the/DET host/NOUN"), 1));
        assertTrue(Triggers.at(sentence("the/DET hosts/NOUN"), 1).hosting(), "\"hosts\" whatever the tagger");
    }

    @Test
    void anInvitationToMeetIsPlanned() {
        Trigger invited = Triggers.at(sentence("Putin/PROPN invited/VERB Xi/PROPN to/PART visit/VERB"), 1);
        assertTrue(invited.planned());
        assertEquals(Meeting.Kind.MEETING, invited.kind());
        assertNull(Triggers.at(sentence("Putin/PROPN invited/VERB Xi/PROPN to/PART speak/VERB"), 1));
    }

    @Test
    void signedOnlyAsAVerb() {
        assertFalse(Triggers.at(sentence("Putin/PROPN and/CCONJ Xi/PROPN signed/VERB"), 3).noun());
        assertNull(Triggers.at(sentence("the/DET signed/ADJ deal/NOUN"), 1));
    }

    @Test
    void theTriggerNounsAreTheWordsOfNounRows() {
        Set<String> nouns = ROWS.stream().filter(row -> row.get("form").equals("noun")).map(row -> row.get("word"))
                .collect(Collectors.toSet());
        for (String word : nouns) {
            assertTrue(Triggers.isTriggerNoun(word), word);
        }
        assertFalse(Triggers.isTriggerNoun("met"));
    }
}
