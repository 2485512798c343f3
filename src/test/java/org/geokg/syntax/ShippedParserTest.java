package org.geokg.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geokg.cases.CaseTable;
import org.geokg.nlp.AnalyzedText;
import org.geokg.nlp.NlpModels;
import org.geokg.nlp.Sentence;
import org.geokg.nlp.TextAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped model on the constructions meeting extraction reads: the cases of {@code cases/parses.tsv}. */
class ShippedParserTest {
    private static final Pattern ARC = Pattern.compile("(\\S+) -([a-z:|]+)->(\\*?) (\\S+)");
    private static DependencyModel model;
    private static TextAnalyzer analyzer;

    @BeforeAll
    static void load() {
        model = DependencyModel.shipped();
        analyzer = NlpModels.load().newAnalyzer();
    }

    static List<CaseTable.Row> cases() {
        return CaseTable.read("cases/parses.tsv", "id", "expect", "sentence", "arcs...");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theArcsHold(CaseTable.Row row) {
        AnalyzedText text = analyzer.analyze(row.get("sentence"));
        assertEquals(1, text.sentences().size(), row.where() + ": one sentence");
        Sentence sentence = text.sentences().get(0);
        Parse parse = model.newParser().parse(sentence);
        List<String> missing = new ArrayList<>();
        for (String arc : row.all("arcs")) {
            Matcher m = ARC.matcher(arc);
            if (!m.matches()) {
                fail(row.where() + ": not an arc: '" + arc + "'");
            }
            int head = find(sentence, m.group(1), row);
            int dependent = find(sentence, m.group(4), row);
            List<String> labels = List.of(m.group(2).split("\\|"));
            boolean holds = m.group(3).isEmpty()
                    ? parse.head(dependent) == head && labels.contains(parse.label(dependent))
                    : parse.children(head).stream().anyMatch(c -> labels.contains(parse.label(c))
                    && parse.dominates(c, dependent));
            if (!holds) {
                missing.add(arc);
            }
        }
        if (row.get("expect").equals("misses")) {
            assertTrue(!missing.isEmpty(), row.where() + ": a known miss now holds; mark it 'holds'\n"
                    + show(sentence, parse));
        } else {
            assertEquals("holds", row.get("expect"), row.where());
            assertEquals(List.of(), missing, row.where() + ": arcs not found in\n" + show(sentence, parse));
        }
    }

    /** The position of WORD or WORD#k (its kth occurrence) in the sentence. */
    private static int find(Sentence sentence, String word, CaseTable.Row row) {
        int hash = word.lastIndexOf('#');
        int occurrence = hash > 0 ? Integer.parseInt(word.substring(hash + 1)) : 1;
        String text = hash > 0 ? word.substring(0, hash) : word;
        for (int i = 0, seen = 0; i < sentence.size(); i++) {
            if (sentence.word(i).equals(text) && ++seen == occurrence) {
                return i;
            }
        }
        throw new AssertionError(row.where() + ": no token '" + word + "' in " + sentence.tokens());
    }

    private static String show(Sentence sentence, Parse parse) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < sentence.size(); i++) {
            int h = parse.head(i);
            b.append(String.format("%3d %-14s %-6s %3d %-12s %s%n", i, sentence.word(i), sentence.token(i).pos(), h,
                    parse.label(i), h < 0 ? "" : sentence.word(h)));
        }
        return b.toString();
    }

    @Test
    void theShippedModelLoadsQuicklyAndIsSmall() {
        long t0 = System.nanoTime();
        DependencyModel loaded = DependencyModel.shipped();
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(seconds < 2, "loaded in " + seconds + " s");
        assertTrue(loaded.labels().contains("obl:agent") && loaded.labels().contains("nmod:poss"),
                "keeps EWT's subtypes: " + loaded.labels());
    }
}
