package org.geokg.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.geokg.extract.ExtractionModels;
import org.geokg.extract.ShippedModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every annotated article of {@code src/test/resources/dev/} and {@code src/test/resources/train/} as a regression
 * case: each set is scored as {@code eval-meetings} scores it (one temporary store per set), and each article's
 * gold pairs found and extra pairs are compared with reviewed golden files, evidence and all:
 * {@code golden/meetings-found.tsv} (one row per gold pair found: doc, status, pair, gold kind, kind found, the
 * evidence sentence found) and {@code golden/meetings-extra.tsv} (one row per pair found that is not in the gold).
 * A ratchet: a found pair that is lost, or a new extra pair, fails with its article, pair and evidence; a pair newly
 * found, an extra pair gone, or a changed kind or evidence is printed, and recorded only with
 * {@code mvn test -Dtest=AnnotatedArticlesTest -Dgolden.update=true}, so that gains are reviewed too.
 */
class AnnotatedArticlesTest {
    private static final Path RESOURCES = Path.of("src/test/resources");
    private static final Path FOUND = RESOURCES.resolve("golden/meetings-found.tsv");
    private static final Path EXTRA = RESOURCES.resolve("golden/meetings-extra.tsv");
    private static final String FOUND_HEADER = "doc\tstatus\tpair\tkind\tkind found\tevidence found";
    private static final String EXTRA_HEADER = "doc\tstatus\tpair\tkind found\tevidence found";
    /** The rows of each file as they are now, and as recorded, by article and by key (doc, status, pair). */
    private static Map<String, Map<String, String>> foundNow;
    private static Map<String, Map<String, String>> extraNow;
    private static Map<String, Map<String, String>> foundRecorded;
    private static Map<String, Map<String, String>> extraRecorded;

    static List<AnnotatedSet> sets() {
        return Stream.of("dev", "train").map(name -> MeetingSet.parse(name + "=" + RESOURCES.resolve(name)).load())
                .toList();
    }

    static Stream<String> articles() {
        return sets().stream().flatMap(set -> set.articles().keySet().stream());
    }

    @BeforeAll
    static void scoreBothSets() throws IOException {
        ExtractionModels models = ShippedModels.get();
        List<PairOutcome> outcomes = new ArrayList<>();
        for (AnnotatedSet set : sets()) {
            outcomes.addAll(set.score(models, Runtime.getRuntime().availableProcessors(), skipped -> {
                throw new AssertionError("skipped " + skipped);
            }).scores().outcomes());
        }
        foundNow = rows(outcomes, PairOutcome.Result.FOUND);
        extraNow = rows(outcomes, PairOutcome.Result.EXTRA);
        if (Boolean.getBoolean("golden.update")) {
            write(FOUND, FOUND_HEADER, foundNow);
            write(EXTRA, EXTRA_HEADER, extraNow);
        }
        assertTrue(Files.exists(FOUND) && Files.exists(EXTRA), "no golden files " + FOUND + ", " + EXTRA
                + "; run with -Dgolden.update=true and review");
        foundRecorded = read(FOUND);
        extraRecorded = read(EXTRA);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void noMeetingFoundIsLostAndNoExtraOneAppears(String doc) {
        Map<String, String> found = foundNow.getOrDefault(doc, Map.of());
        Map<String, String> recordedFound = foundRecorded.getOrDefault(doc, Map.of());
        Map<String, String> extra = extraNow.getOrDefault(doc, Map.of());
        Map<String, String> recordedExtra = extraRecorded.getOrDefault(doc, Map.of());
        List<String> failures = new ArrayList<>();
        recordedFound.forEach((key, row) -> {
            if (!found.containsKey(key)) {
                failures.add("lost a meeting found before: " + row);
            }
        });
        extra.forEach((key, row) -> {
            if (!recordedExtra.containsKey(key)) {
                failures.add("new extra pair (not in the gold): " + row);
            }
        });
        List<String> gains = new ArrayList<>();
        found.forEach((key, row) -> {
            if (!recordedFound.containsKey(key)) {
                gains.add("newly found: " + row);
            } else if (!recordedFound.get(key).equals(row)) {
                gains.add("found otherwise: " + row + "\n    was: " + recordedFound.get(key));
            }
        });
        recordedExtra.forEach((key, row) -> {
            if (!extra.containsKey(key)) {
                gains.add("extra pair gone: " + row);
            }
        });
        gains.forEach(g -> System.out.println(doc + ": " + g + "  (record with -Dgolden.update=true after review)"));
        assertTrue(failures.isEmpty(), () -> doc + ":\n  " + String.join("\n  ", failures)
                + "\n(if this is meant, run with -Dgolden.update=true and review the diff of " + FOUND + " and "
                + EXTRA + ")");
    }

    /** The rows of one result, by article and key, sorted. */
    private static Map<String, Map<String, String>> rows(List<PairOutcome> outcomes, PairOutcome.Result result) {
        Map<String, Map<String, String>> rows = new TreeMap<>();
        for (PairOutcome o : outcomes) {
            if (o.result() == result) {
                String row = result == PairOutcome.Result.FOUND
                        ? row(o.doc(), o.status(), o.pair(), o.goldKind(), o.foundKind(), o.evidence())
                        : row(o.doc(), o.status(), o.pair(), o.foundKind(), o.evidence());
                rows.computeIfAbsent(o.doc(), k -> new TreeMap<>()).put(key(row), row);
            }
        }
        return rows;
    }

    private static String row(String... cells) {
        List<String> clean = new ArrayList<>();
        for (String cell : cells) {
            clean.add(cell == null ? "-" : cell.replace("\t", " ").replace("\n", "\\n"));
        }
        return String.join("\t", clean);
    }

    /** Doc, status and pair: what identifies a row. */
    private static String key(String row) {
        String[] cells = row.split("\t");
        return cells[0] + "\t" + cells[1] + "\t" + cells[2];
    }

    private static void write(Path file, String header, Map<String, Map<String, String>> rows) throws IOException {
        List<String> lines = new ArrayList<>(List.of(header));
        rows.values().forEach(byKey -> lines.addAll(byKey.values()));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static Map<String, Map<String, String>> read(Path file) throws IOException {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            rows.computeIfAbsent(line.split("\t")[0], k -> new TreeMap<>()).put(key(line), line);
        }
        return rows;
    }
}
