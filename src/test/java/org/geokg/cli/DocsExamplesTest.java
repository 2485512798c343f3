package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.geokg.store.ExampleStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command examples of the README and {@code docs/commands.md} run against the example's store and print what the
 * page shows. An example is a line {@code $ ./geokg VERB ...} in a fenced block, its output the lines after it up to
 * the next {@code $} line; a line {@code ...} marks the output as abridged (the lines shown must then come in that
 * order, others may come between), and an example that shows no output must succeed. A command line that ends with
 * {@code \\} goes on on the next line. The verbs that read the store run here, the ingest of {@code examples/} and
 * {@code eval-meetings} on the repository's annotated sets ({@link #RUN}); examples that read data outside the
 * repository ({@code ../shared}) do not run, nor do the verbs that need Graphviz, a browser or a server left running,
 * which their integration tests cover.
 */
class DocsExamplesTest {
    private static final List<Path> PAGES = List.of(Path.of("README.md"), Path.of("docs/commands.md"));
    private static final Set<String> RUN = Set.of("query", "stats", "export", "link", "summarize", "ingest",
            "eval-meetings");
    /** The verbs that take a store, given the example's store when the page names none. */
    private static final Set<String> ON_A_STORE = Set.of("query", "stats", "export", "link", "summarize", "ingest");
    /** The timing of an ingest's summary line, which differs from run to run. */
    private static final String TIMING = "; [0-9.]+ s \\([0-9.]+ articles/s, [0-9]+ triples/s\\)";

    @TempDir
    static Path dir;
    static Path store;

    /** One example: where it is, its command line and the output the page shows. */
    record Example(String where, List<String> args, List<String> output) {
        @Override
        public String toString() {
            return where + ": " + String.join(" ", args);
        }
    }

    @BeforeAll
    static void createTheExampleStore() {
        store = ExampleStore.create(dir.resolve("store"));
    }

    static Stream<Example> examples() throws IOException {
        List<Example> examples = new ArrayList<>();
        for (Path page : PAGES) {
            List<String> lines = Files.readAllLines(page);
            boolean inBlock = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.startsWith("```")) {
                    inBlock = !inBlock;
                } else if (inBlock && line.startsWith("$ ./geokg ")) {
                    int at = i;
                    StringBuilder command = new StringBuilder(withoutComment(line.substring("$ ./geokg ".length())));
                    while (command.toString().endsWith("\\") && i + 1 < lines.size()) {
                        command.setLength(command.length() - 1);
                        command.append(' ').append(withoutComment(lines.get(++i).strip()));
                    }
                    List<String> output = new ArrayList<>();
                    for (int j = i + 1; j < lines.size() && !lines.get(j).startsWith("$ ")
                            && !lines.get(j).startsWith("```"); j++) {
                        output.add(lines.get(j));
                    }
                    List<String> args = words(command.toString());
                    boolean outside = args.stream().anyMatch(arg -> arg.contains("../shared"));
                    if (RUN.contains(args.get(0)) && !outside
                            && (!args.get(0).equals("ingest") || args.contains("examples"))) {
                        examples.add(new Example(page + ":" + (at + 1), args, output));
                    }
                }
            }
        }
        assertFalse(examples.isEmpty());
        return examples.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theExamplePrintsWhatThePageShows(Example example) {
        Path storeOfExample = example.args().get(0).equals("ingest")
                ? dir.resolve("ingest-" + Math.abs(example.where().hashCode())) : store;
        List<String> args = new ArrayList<>();
        for (int i = 0; i < example.args().size(); i++) {
            String arg = example.args().get(i);
            String option = i > 0 ? example.args().get(i - 1) : "";
            args.add(option.equals("--out") ? dir.resolve(arg).toString()
                    : option.equals("--store") ? storeOfExample.toString() : arg);
        }
        if (ON_A_STORE.contains(args.get(0)) && !args.contains("--store")) {
            args.addAll(List.of("--store", storeOfExample.toString()));
        }
        Cli result = Cli.run(args.toArray(String[]::new));
        List<String> printed = (result.exitCode() == 0 ? result.out() : result.err()).lines()
                .map(line -> line.stripTrailing().replaceAll(TIMING, "; TIME")).toList();
        List<String> shown = example.output().stream()
                .map(line -> line.stripTrailing().replaceAll(TIMING, "; TIME")).toList();
        if (shown.isEmpty()) {
            assertEquals(0, result.exitCode(), example + ": the page shows no output, so the command must succeed\n"
                    + result.err());
        } else if (shown.contains("...")) {
            int at = 0;
            for (String line : shown) {
                if (!line.equals("...")) {
                    int found = indexOf(printed.subList(at, printed.size()), line);
                    assertTrue(found >= 0, "shown but not printed in order: " + line + "\nprinted:\n"
                            + String.join("\n", printed));
                    at += found + 1;
                }
            }
        } else {
            assertEquals(shown.size(), printed.size(), example + "\nprinted:\n" + String.join("\n", printed));
            for (int i = 0; i < shown.size(); i++) {
                assertTrue(matches(shown.get(i), printed.get(i)), example + "\nshown:   " + shown.get(i)
                        + "\nprinted: " + printed.get(i));
            }
        }
    }

    private static int indexOf(List<String> printed, String shown) {
        for (int i = 0; i < printed.size(); i++) {
            if (matches(shown, printed.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether a line shown is the line printed: equal, or a table row whose cells, split at two or more spaces, are
     * the printed cells or their beginnings cut with "…" (as a table cut to a terminal's width shows them).
     */
    static boolean matches(String shown, String printed) {
        if (shown.equals(printed)) {
            return true;
        }
        String[] shownCells = shown.split(" {2,}");
        String[] printedCells = printed.split(" {2,}");
        if (shownCells.length < 2 || shownCells.length != printedCells.length) {
            return false;
        }
        for (int c = 0; c < shownCells.length; c++) {
            String cell = shownCells[c];
            boolean cut = cell.endsWith("…") && printedCells[c].startsWith(cell.substring(0, cell.length() - 1));
            if (!cell.equals(printedCells[c]) && !cut && !cell.chars().allMatch(ch -> ch == '-')) {
                return false;
            }
        }
        return true;
    }

    /** The command without a comment after it (two or more spaces, then {@code #}). */
    private static String withoutComment(String command) {
        return command.replaceFirst("\\s{2,}#.*$", "").stripTrailing();
    }

    /** Splits a command line into words as a shell does, with single and double quotes. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        boolean inWord = false;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
