package org.geokg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.geokg.cases.Expectation;

/**
 * The checks of the mention tables ({@code cases/mentions.tsv}, {@code cases/model-merge.tsv}), each a cell:
 * <ul>
 *   <li>{@code exactly: P | P ...}: the mentions, in order, match these patterns one for one;</li>
 *   <li>{@code none}: there is no mention;</li>
 *   <li>{@code starts: P | P ...}: the first mentions match these patterns;</li>
 *   <li>{@code contains: P | P ...}: the mention with P's text (the first one, if several) matches P;</li>
 *   <li>{@code not-contains: P | P ...}: no mention matches P;</li>
 *   <li>{@code no-word: W | W ...}: no mention has W as a word of its text, words split at spaces and
 *       apostrophes.</li>
 * </ul>
 * {@code KIND among F: ...} applies a check to the mentions that match the pattern F only. Patterns are written as
 * {@link MentionPattern} reads them.
 */
final class MentionChecks {
    private MentionChecks() {
    }

    /** Checks that the mentions span their text in the article, in order, without overlaps. */
    static void checkSpans(String where, String text, List<Mention> mentions) {
        for (Mention m : mentions) {
            assertEquals(m.text(), text.substring(m.begin(), m.end()), where + ": mention offsets");
        }
        for (int i = 1; i < mentions.size(); i++) {
            assertTrue(mentions.get(i - 1).begin() <= mentions.get(i).begin(), where + ": ordered by position");
            assertFalse(mentions.get(i - 1).overlaps(mentions.get(i)), where + ": no overlaps");
        }
    }

    /** Checks one cell of a case's expectations against the mentions found. */
    static void check(String where, List<Mention> mentions, String cell) {
        Expectation expected = Expectation.parse(cell);
        List<Mention> checked = expected.filter() == null ? mentions
                : mentions.stream().filter(MentionPattern.parse(expected.filter())::matches).toList();
        String found = where + ": " + expected.kind() + (expected.filter() == null ? "" : " among "
                + expected.filter()) + " in " + checked.stream().map(MentionPattern::format).toList();
        List<String> items = expected.items();
        if (items.isEmpty() != expected.kind().equals("none")) {
            throw new IllegalArgumentException(where + ": 'none' takes no item, every other check one or more: "
                    + cell);
        }
        switch (expected.kind()) {
            case "none" -> assertEquals(List.of(), checked, found);
            case "exactly" -> {
                assertEquals(items.size(), checked.size(), found + ": the number of mentions");
                matchInOrder(items, checked, found);
            }
            case "starts" -> {
                assertTrue(items.size() <= checked.size(), found + ": fewer mentions than " + items);
                matchInOrder(items, checked, found);
            }
            case "contains" -> {
                for (String item : items) {
                    MentionPattern pattern = MentionPattern.parse(item);
                    Mention m = checked.stream().filter(c -> pattern.matchesText(c.text())).findFirst()
                            .orElseThrow(() -> new AssertionError(found + ": no mention '" + pattern.text() + "'"));
                    assertTrue(pattern.matches(m), found + ": '" + m.text() + "' is not " + pattern);
                }
            }
            case "not-contains" -> {
                for (String item : items) {
                    MentionPattern pattern = MentionPattern.parse(item);
                    assertTrue(checked.stream().noneMatch(pattern::matches), found + ": a mention " + pattern);
                }
            }
            case "no-word" -> {
                for (String word : items) {
                    for (Mention m : checked) {
                        assertFalse(List.of(m.text().split("[\\s’']+")).contains(word),
                                found + ": '" + word + "' must not be (part of) an entity: " + m.text());
                    }
                }
            }
            default -> throw new IllegalArgumentException(where + ": unknown check '" + expected.kind()
                    + "'; use exactly, none, starts, contains, not-contains or no-word");
        }
    }

    private static void matchInOrder(List<String> items, List<Mention> mentions, String found) {
        for (int i = 0; i < items.size(); i++) {
            MentionPattern pattern = MentionPattern.parse(items.get(i));
            assertTrue(pattern.matches(mentions.get(i)), found + ": mention " + (i + 1) + " is not " + pattern);
        }
    }
}
