package org.geokg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.geokg.ner.train.Iob2Corpus;
import org.geokg.ner.train.NerEvaluator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link TypeFolding}: gpe and location score as place only against a gold whose places are all place. */
class TypeFoldingTest {

    @ParameterizedTest(name = "gold {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # the gold's types                  | gpe scored as | location scored as | person scored as
            person organization place           | place         | place              | person
            place                               | place         | place              | person
            person organization gpe location    | gpe           | location           | person
            person organization gpe place       | gpe           | location           | person
            place location                      | gpe           | location           | person
            person organization                 | gpe           | location           | person
            """)
    void foldsOnlyAgainstOnePlaceType(String gold, String gpe, String location, String person) {
        TypeFolding folding = TypeFolding.forGold(new TreeSet<>(Arrays.asList(gold.split(" "))));
        assertEquals(List.of(gpe, location, person),
                List.of(folding.apply("gpe"), folding.apply("location"), folding.apply("person")));
        assertEquals(gpe.equals("place"), folding.folds());
    }

    @Test
    void saysWhatItFolds() {
        assertEquals("gpe and location scored as place", TypeFolding.forGold(Set.of("place")).describe());
        assertEquals(null, TypeFolding.forGold(Set.of("place")).apply(null));
    }

    @Test
    void predictedStatesCitiesAndOtherPlacesScoreAsTheGoldsPlaces() {
        // "I flew from Paris to Texas via the Alps with Air France ." in Universal NER's columns
        List<NameSample> gold = Iob2Corpus.standard().read(List.of(
                "1\tI\tO\t-\t-", "2\tflew\tO\t-\t-", "3\tfrom\tO\t-\t-", "4\tParis\tB-LOC\t-\t-",
                "5\tto\tO\t-\t-", "6\tTexas\tB-LOC\t-\t-", "7\tvia\tO\t-\t-", "8\tthe\tO\t-\t-",
                "9\tAlps\tB-LOC\t-\t-", "10\twith\tO\t-\t-", "11\tAir\tB-ORG\t-\t-", "12\tFrance\tI-ORG\t-\t-",
                "13\t.\tO\t-\t-"), "gold.iob2");
        // the model says: Paris gpe, Texas gpe, Alps location, France gpe (wrong span for Air France)
        Span[] predicted = {new Span(3, 4, "gpe"), new Span(5, 6, "gpe"), new Span(8, 9, "location"),
                new Span(11, 12, "gpe")};
        TypeFolding folding = TypeFolding.forGold(NerEvaluator.typesOf(gold));

        NerEvaluator.Evaluation folded = NerEvaluator.score(gold,
                List.<Span[]>of(NerEvaluator.retyped(predicted, folding)), Set.of());
        assertEquals(new NerEvaluator.TypeScores("place", 3, 1, 0), folded.type("place"));
        assertEquals(new NerEvaluator.TypeScores("organization", 0, 0, 1), folded.type("organization"));
        assertEquals(List.of("organization", "place"), folded.types().stream().map(NerEvaluator.TypeScores::type)
                .toList());

        NerEvaluator.Evaluation unfolded = NerEvaluator.score(gold, List.<Span[]>of(predicted), Set.of());
        assertEquals(new NerEvaluator.TypeScores("place", 0, 0, 3), unfolded.type("place"));
        assertEquals(new NerEvaluator.TypeScores("gpe", 0, 3, 0), unfolded.type("gpe"));
    }
}
