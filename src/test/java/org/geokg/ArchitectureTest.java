package org.geokg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The layout rules of {@code docs/architecture.md}, read from the imports of {@code src/main/java}: the packages form
 * no cycle (so no loop of files crosses a package), the extraction stages stay clear of RDF, storage and the command
 * line, nothing imports the command line, and every package says its job in a {@code package-info.java} and in
 * the page's table of packages. A dependency is an import or a fully qualified name in code; comments and strings do
 * not count.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile("\\borg\\.geokg((?:\\.[a-z]\\w*)*)\\.[A-Z]");
    /** Every package of src/main and the packages it depends on. */
    private static Map<String, Set<String>> dependencies;

    @BeforeAll
    static void read() throws IOException {
        dependencies = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(ArchitectureTest::readFile);
        }
    }

    private static void readFile(Path file) {
        String source;
        try {
            source = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher declared = PACKAGE.matcher(source);
        assertTrue(declared.find(), file + " declares no package");
        String pkg = declared.group(1);
        Set<String> used = dependencies.computeIfAbsent(pkg, k -> new TreeSet<>());
        Matcher reference = REFERENCE.matcher(code(source));
        while (reference.find()) {
            String target = "org.geokg" + reference.group(1);
            if (!target.equals(pkg)) {
                used.add(target);
            }
        }
    }

    /** The source without its comments and the contents of its string and character literals. */
    static String code(String source) {
        String noBlocks = source.replaceAll("(?s)/\\*.*?\\*/", " ");
        String noLines = noBlocks.replaceAll("//[^\\n]*", "");
        return noLines.replaceAll("\"(?:[^\"\\\\\\n]|\\\\.)*\"", "\"\"").replaceAll("'(?:[^'\\\\\\n]|\\\\.)'", "' '");
    }

    @Test
    void thePackagesFormNoCycle() {
        List<String> cycles = new ArrayList<>();
        for (String pkg : dependencies.keySet()) {
            List<String> path = cycleThrough(pkg, pkg, new ArrayList<>(List.of(pkg)), new TreeSet<>());
            if (path != null) {
                cycles.add(String.join(" -> ", path));
            }
        }
        assertEquals(List.of(), cycles, "package cycles");
    }

    private static List<String> cycleThrough(String start, String at, List<String> path, Set<String> seen) {
        for (String next : dependencies.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(start);
                return cycle;
            }
            if (seen.add(next)) {
                path.add(next);
                List<String> found = cycleThrough(start, next, path, seen);
                if (found != null) {
                    return found;
                }
                path.remove(path.size() - 1);
            }
        }
        return null;
    }

    @ParameterizedTest(name = "{0} imports nothing of {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # packages (and their subpackages) | the packages they must not import (and their subpackages)
            nlp      | rdf store cli
            lexicon  | text article nlp ner mention resolve meeting link extract rdf store query graph serve enrich
            lexicon  | eval pipeline cli
            ner      | rdf store cli
            syntax   | rdf store cli text article ner mention resolve meeting link extract query graph serve enrich
            syntax   | export eval pipeline
            mention  | rdf store cli
            resolve  | rdf store cli meeting link extract
            meeting  | rdf store cli link extract
            link     | rdf store cli extract
            extract  | rdf store cli
            text     | cli
            article  | cli
            rdf      | cli
            store    | cli
            query    | cli
            graph    | cli
            serve    | cli
            enrich   | cli
            export   | cli
            eval     | cli
            pipeline | cli
            """)
    void stagesStayInTheirLane(String packages, String forbidden) {
        List<String> violations = new ArrayList<>();
        for (var entry : dependencies.entrySet()) {
            boolean trainingTool = entry.getKey().endsWith(".train") && !packages.endsWith(".train");
            if (!within(entry.getKey(), "org.geokg." + packages) || trainingTool) {
                continue; // a stage's training tools (ner.train, meeting.train) run the whole pipeline offline
            }
            for (String target : entry.getValue()) {
                for (String banned : forbidden.split(" ")) {
                    if (within(target, "org.geokg." + banned)) {
                        violations.add(entry.getKey() + " -> " + target);
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    private static boolean within(String pkg, String root) {
        return pkg.equals(root) || pkg.startsWith(root + ".");
    }

    @Test
    void theArchitecturePageNamesEveryPackageAndNoOther() throws IOException {
        String page = Files.readString(Path.of("docs/architecture.md"));
        String section = page.substring(page.indexOf("## The packages"));
        section = section.substring(0, section.indexOf("\n## "));
        Set<String> documented = new TreeSet<>();
        Matcher row = Pattern.compile("^\\| `([a-z.]+)` \\|", Pattern.MULTILINE).matcher(section);
        while (row.find()) {
            documented.add(row.group(1).equals("org.geokg") ? "org.geokg" : "org.geokg." + row.group(1));
        }
        Set<String> packages = new TreeSet<>(dependencies.keySet());
        packages.remove("org.geokg.rdf.vocab");
        packages.remove("org.geokg.graph.format");
        assertEquals(packages, documented, "the packages of docs/architecture.md");
    }

    @Test
    void everyPackageSaysItsJob() {
        List<String> missing = dependencies.keySet().stream()
                .filter(pkg -> !Files.exists(MAIN.resolve(pkg.replace('.', '/')).resolve("package-info.java")))
                .toList();
        assertEquals(List.of(), missing, "packages without package-info.java");
    }
}
