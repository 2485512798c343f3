package org.geokg.meeting;

import static org.geokg.meeting.SentenceLib.lower;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.geokg.GeoKgException;
import org.geokg.lexicon.Table;
import org.geokg.nlp.Sentence;

/**
 * The words that report a meeting, from the table {@code lexicon/triggers.tsv}: which word, as a verb or a noun,
 * reports which kind of meeting ("met", "hosted", "spoke" by phone, "talks", "summit", "invited" to visit), and the
 * guards ({@link TriggerGuard}) that must also hold at its token. The first row of a word whose guards hold makes
 * the trigger.
 *
 * <p>Loaded once; immutable and thread-safe.
 */
final class Triggers {
    /** The trigger table. */
    static final String TABLE = "lexicon/triggers.tsv";
    private static final Map<String, List<Row>> ROWS_BY_WORD = load();
    private static final Set<String> NOUNS = nouns();

    private Triggers() {
    }

    /**
     * One row of the table: what its word reports where its guards hold.
     *
     * @param word    the word, in lower case
     * @param kind    the kind of meeting it reports
     * @param noun    whether it reports it as a noun
     * @param hosting whether its subject hosts the others
     * @param planned whether the word itself makes the meeting planned
     * @param guards  what must also hold at its token
     */
    record Row(String word, Meeting.Kind kind, boolean noun, boolean hosting, boolean planned,
               List<TriggerGuard> guards) {
        boolean holds(Sentence sentence, int t) {
            for (TriggerGuard guard : guards) {
                if (!guard.holds(sentence, t)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The trigger at a token, or {@code null}. */
    static Trigger at(Sentence sentence, int t) {
        List<Row> rows = ROWS_BY_WORD.get(lower(sentence, t));
        if (rows == null) {
            return null;
        }
        for (Row row : rows) {
            if (row.holds(sentence, t) && (row.noun() || !inName(sentence, t))) {
                int objectStart = row.guards().contains(TriggerGuard.WITH_AHEAD)
                        ? TriggerGuard.withAhead(sentence, t) + 1 : t + 1;
                return new Trigger(t, row.kind(), row.noun(), row.hosting(), row.planned(), objectStart);
            }
        }
        return null;
    }

    /**
     * Whether a trigger verb is part of a name: capitalized inside a sentence written in lower case ("an appearance on
     * NBC's Meet the Press"), not in a headline, where every word is capitalized ("Obama Meets Putin"). A capitalized
     * noun names a gathering, which is one ("the East Asia Summit").
     */
    private static boolean inName(Sentence sentence, int t) {
        if (t == 0 || !sentence.token(t).isCapitalized()) {
            return false;
        }
        int words = 0;
        int capitalized = 0;
        for (int i = 0; i < sentence.size(); i++) {
            if (Character.isLetter(sentence.token(i).text().charAt(0))) {
                words++;
                capitalized += sentence.token(i).isCapitalized() ? 1 : 0;
            }
        }
        return capitalized * 2 < words;
    }

    /** Whether a lower-case word is a trigger noun ("talks", "meeting", "summit"). */
    static boolean isTriggerNoun(String word) {
        return NOUNS.contains(word);
    }

    /** A row of the table, from its cells; a cell it cannot read is an error that names the row and the cell. */
    static Row row(Map<String, String> cells) {
        String word = cells.get("word");
        try {
            if (word.isEmpty() || !word.equals(word.toLowerCase(Locale.ROOT))) {
                throw new GeoKgException("the word must be written in lower case");
            }
            List<TriggerGuard> guards = new ArrayList<>();
            for (String name : Table.split(cells.get("guard"))) {
                guards.add(TriggerGuard.named(name));
            }
            return new Row(word, Meeting.Kind.valueOf(cells.get("kind").toUpperCase(Locale.ROOT)),
                    choice(cells, "form", "noun", "verb"), choice(cells, "hosting", "yes", "no"),
                    choice(cells, "planned", "yes", "no"), List.copyOf(guards));
        } catch (IllegalArgumentException | GeoKgException e) {
            throw new GeoKgException(TABLE + ", row '" + word + "': " + e.getMessage(), e);
        }
    }

    /** Whether a two-valued cell holds its first value; any other value is an error. */
    private static boolean choice(Map<String, String> cells, String column, String first, String second) {
        String cell = cells.get(column);
        if (!first.equals(cell) && !second.equals(cell)) {
            throw new GeoKgException(column + " must be " + first + " or " + second + ", not '" + cell + "'");
        }
        return first.equals(cell);
    }

    private static Map<String, List<Row>> load() {
        Map<String, List<Row>> rows = new LinkedHashMap<>();
        Table.read(TABLE, cells -> {
            Row row = row(cells);
            rows.computeIfAbsent(row.word(), w -> new ArrayList<>()).add(row);
        });
        rows.replaceAll((word, list) -> List.copyOf(list));
        return Collections.unmodifiableMap(rows);
    }

    private static Set<String> nouns() {
        return ROWS_BY_WORD.values().stream().flatMap(List::stream).filter(Row::noun).map(Row::word)
                .collect(Collectors.toUnmodifiableSet());
    }
}
