package org.geokg.mention;

import java.util.ArrayList;
import java.util.List;
import org.geokg.cases.CaseTable;
import org.geokg.lexicon.Gazetteer;
import org.geokg.ner.NameSpan;
import org.geokg.nlp.AnalyzedText;
import org.geokg.nlp.NlpModels;
import org.geokg.nlp.TextAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The merge policy between the statistical model's names and the gazetteers, with model spans given directly. The
 * cases are the rows of {@code src/test/resources/cases/model-merge.tsv}: a tokenized sentence, the names the model
 * found in it, and checks of the mentions (see {@link MentionChecks}). To add a case, add a row; the top of the file
 * explains the columns.
 */
class ModelMergeTest {
    private static final String NO_MODEL = "no model";
    private static final String NO_NAMES = "no names";
    private static TextAnalyzer analyzer;
    private static MentionFinder finder;

    @BeforeAll
    static void load() {
        analyzer = NlpModels.load().newAnalyzer();
        finder = new MentionFinder(Gazetteer.load());
    }

    static List<CaseTable.Row> cases() {
        return CaseTable.read("cases/model-merge.tsv", "id", "tokens", "model", "expected...");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void mentions(CaseTable.Row row) {
        AnalyzedText text = analyzer.analyzeTokens(List.<String[]>of(row.get("tokens").split(" ")));
        String model = row.get("model");
        List<Mention> mentions = model.equals(NO_MODEL) ? finder.find(text)
                : finder.find(text, List.of(names(model)));
        MentionChecks.checkSpans(row.where(), text.text(), mentions);
        for (String cell : row.all("expected")) {
            MentionChecks.check(row.where(), mentions, cell);
        }
    }

    /** The model's names, each "begin end type", with probability 0.9. */
    private static List<NameSpan> names(String cell) {
        List<NameSpan> names = new ArrayList<>();
        if (!cell.equals(NO_NAMES)) {
            for (String span : cell.split(" \\| ")) {
                String[] parts = span.split(" ");
                names.add(new NameSpan(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), parts[2], 0.9));
            }
        }
        return names;
    }
}
