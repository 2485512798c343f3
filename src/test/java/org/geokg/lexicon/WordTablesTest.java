package org.geokg.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The word tables of {@code src/main/resources/org/geokg/lexicon/}: each says what it is for, loads, and has as many
 * cells in every row as its header names; no row is listed twice (no word twice in a set); every word set is read
 * by the code and every set the code reads is in the table.
 */
class WordTablesTest {
    private static final Path TABLES = Path.of("src/main/resources/org/geokg/lexicon");
    private static final Pattern ASKED = Pattern.compile("Words\\.(?:set|list)\\(\"([^\"]+)\"\\)");

    static Stream<Path> tables() throws IOException {
        return Files.list(TABLES).filter(f -> f.toString().endsWith(".tsv")).sorted();
    }

    private static List<String> lines(Path table) {
        try {
            return Files.readAllLines(table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void everyTableSaysWhatItIsForAndHasFullRows(Path table) {
        List<String> lines = lines(table);
        assertTrue(lines.get(0).startsWith("# "), table + " opens with a comment saying what it is for");
        List<String> rows = lines.stream().filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        int columns = rows.get(0).split("\t", -1).length;
        for (String row : rows) {
            assertEquals(columns, row.split("\t", -1).length, table + ": " + row);
            assertFalse(row.split("\t", -1)[0].isBlank(), table + ": a row without its key: " + row);
        }
        assertEquals(rows.size() - 1, Table.rows("lexicon/" + table.getFileName()).size(), table + " loads");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void noKeyIsListedTwice(Path table) {
        Set<String> seen = new HashSet<>();
        List<String> twice = new ArrayList<>();
        boolean header = true;
        for (String line : lines(table)) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            String key = key(table, cells);
            if (!header && !seen.add(key)) {
                twice.add(key);
            }
            header = false;
        }
        assertEquals(List.of(), twice, table + ": listed twice");
    }

    /**
     * What identifies a row: a word set's set and word; a trigger's word, form and guards (a word may have several
     * readings, tried in order); the first column of any other table.
     */
    private static String key(Path table, String[] cells) {
        return switch (table.getFileName().toString()) {
            case "words.tsv" -> cells[0] + "\t" + cells[1];
            case "triggers.tsv" -> cells[0] + "\t" + cells[1] + "\t" + cells[cells.length - 1];
            default -> cells[0];
        };
    }

    @Test
    void everyWordSetIsReadByTheCodeAndEverySetTheCodeReadsExists() throws IOException {
        Set<String> asked = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "");
                Matcher set = ASKED.matcher(code);
                while (set.find()) {
                    asked.add(set.group(1));
                }
            }
        }
        assertEquals(new TreeSet<>(Words.names()), asked);
    }

    @Test
    void yesNoColumnsSayYesOrNo() {
        for (var row : Table.rows("lexicon/titles.tsv")) {
            row.forEach((column, cell) -> {
                if (!column.equals("title") && !column.equals("kind")) {
                    assertTrue(cell.equals("yes") || cell.equals("no"), column + " of " + row.get("title"));
                }
            });
        }
    }

    @Test
    void theCalendarHasTwelveMonthsAndSevenWeekdays() {
        for (Month month : Month.values()) {
            String name = month.name().charAt(0) + month.name().substring(1).toLowerCase();
            assertEquals(month, CalendarWords.month(name).orElseThrow());
            assertTrue(CalendarWords.isDateWord(name), name);
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            String name = day.name().charAt(0) + day.name().substring(1).toLowerCase();
            assertEquals(day, CalendarWords.weekday(name).orElseThrow());
        }
        assertEquals(Month.SEPTEMBER, CalendarWords.month("Sept.").orElseThrow());
        assertFalse(CalendarWords.isDateWord("march"), "names are matched as written");
    }
}
