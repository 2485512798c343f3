package org.geokg.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Titles and roles of people ("President", "Foreign Minister", "spokesman"), from the table
 * {@code lexicon/titles.tsv}, which says for each title what the rules may read from it: that it stands before a
 * name, that it states an office of a state, that it heads a state, and so on. Titles are matched in lower case,
 * token by token. Loaded once; immutable and shared by all threads.
 */
public final class Titles {
    private static final TitleTable TABLE = TitleTable.load();

    private Titles() {
    }

    /** The table, by the questions the rules ask of it; every title in lower case. */
    private record TitleTable(Set<List<String>> beforeName, int longest, Set<String> beforeNameWords,
                              Set<String> offices, Set<String> spokespeople, Set<String> headsOfState, List<List<String>> nominalRoles,
                         Set<String> statesRoleWords, List<String> modelFeatures) {
        static TitleTable load() {
            Set<List<String>> beforeName = new HashSet<>();
            Set<String> offices = new HashSet<>();
            Set<String> spokespeople = new HashSet<>();
            Set<String> heads = new HashSet<>();
            List<List<String>> nominal = new ArrayList<>();
            Set<String> statesRoleWords = new HashSet<>();
            List<String> modelFeatures = new ArrayList<>();
            Table.read("lexicon/titles.tsv", row -> {
                String title = row.get("title");
                String lower = lower(title);
                if (yes(row, "before-name")) {
                    beforeName.add(List.of(lower.split(" ")));
                }
                if (yes(row, "model-feature")) {
                    modelFeatures.add(title);
                }
                if (yes(row, "office")) {
                    offices.add(lower);
                }
                if (row.get("kind").equals("spokesperson")) {
                    spokespeople.add(lower);
                }
                if (yes(row, "heads-state")) {
                    heads.add(lower);
                }
                if (yes(row, "nominal")) {
                    nominal.add(List.of(lower.split(" ")));
                }
                if (yes(row, "speaks-for-state")) {
                    statesRoleWords.add(lower);
                }
            });
            nominal.sort(Comparator.comparingInt(words -> -words.size()));
            return new TitleTable(Set.copyOf(beforeName), beforeName.stream().mapToInt(List::size).max().orElse(1),
                    beforeName.stream().flatMap(List::stream).collect(Collectors.toUnmodifiableSet()),
                    Set.copyOf(offices), Set.copyOf(spokespeople), Set.copyOf(heads), List.copyOf(nominal),
                    Set.copyOf(statesRoleWords), List.copyOf(modelFeatures));
        }

        private static boolean yes(Map<String, String> row, String column) {
            return Table.yes(row.get(column));
        }
    }

    /** Number of words of the longest title ending just before word {@code end}, or 0 when there is none. */
    public static int titleEndingAt(WordSequence words, int end) {
        for (int length = Math.min(TABLE.longest(), end); length >= 1; length--) {
            if (matches(words, end - length, length)) {
                return length;
            }
        }
        return 0;
    }

    /**
     * Number of words of the title that opens a word sequence at {@code start}: a title ("Prime Minister") with
     * the capitalized words that qualify it ("Foreign Minister", "Deputy Prime Minister"), or 0.
     */
    public static int titleLengthAt(WordSequence words, int start, int end) {
        int i = start;
        while (i < end) {
            int length = 0;
            for (int candidate = Math.min(TABLE.longest(), end - i); candidate >= 1 && length == 0; candidate--) {
                List<String> title = new ArrayList<>();
                for (int k = i; k < i + candidate; k++) {
                    title.add(lower(words.word(k)));
                }
                if (TABLE.beforeName().contains(title)) {
                    length = candidate;
                }
            }
            if (length > 0) {
                i += length;
            } else if (i + 1 < end && Character.isUpperCase(words.word(i).codePointAt(0))
                    && isTitleWord(words.word(i + 1))) {
                i++; // "Foreign" before "Minister"
            } else {
                break;
            }
        }
        return i - start;
    }

    private static boolean matches(WordSequence words, int start, int length) {
        if (!TABLE.beforeNameWords().contains(lower(words.word(start + length - 1)))) {
            return false;
        }
        List<String> title = new ArrayList<>(length);
        for (int i = start; i < start + length; i++) {
            title.add(lower(words.word(i)));
        }
        return TABLE.beforeName().contains(title);
    }

    /** Whether a single word is part of some title that stands before names. */
    public static boolean isTitleWord(String word) {
        return TABLE.beforeNameWords().contains(lower(word));
    }

    /** Whether a title, in any case, states an office of the state named before it ("Russian President"). */
    public static boolean isOffice(String title) {
        return TABLE.offices().contains(lower(title));
    }

    /** Whether a title, in any case, is that of a spokesperson ("spokesman"). */
    public static boolean isSpokesperson(String title) {
        return TABLE.spokespeople().contains(lower(title));
    }

    /** Whether a title, in any case, is that of a head of state or government. */
    public static boolean headsState(String title) {
        return TABLE.headsOfState().contains(lower(title));
    }

    /** The roles that "the <state> <role>" can name, each as its lower-case words, the longest first. */
    public static List<List<String>> nominalRoles() {
        return TABLE.nominalRoles();
    }

    /** The lower-case words of the titles in which a person speaks for a state at a summit. */
    public static Set<String> statesRoleWords() {
        return TABLE.statesRoleWords();
    }

    /** The titles of the name finder's title dictionary, as written, in table order. */
    public static List<String> modelFeatures() {
        return TABLE.modelFeatures();
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
