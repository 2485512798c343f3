package org.geokg.ner.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

class NerEvaluatorTest {

    private static final double EPS = 1e-9;

    @Test
    void handComputedScores() throws Exception {
        NameSample s1 = NameSample.parse(
                "<START:person> John Smith <END> met <START:person> Mary <END> in <START:gpe> Paris <END> .", false);
        NameSample s2 = NameSample.parse(
                "The <START:organization> United Nations <END> sent aid to <START:gpe> Chad <END> .", false);
        // s1 tokens: John0 Smith1 met2 Mary3 in4 Paris5 .6
        // predictions: John Smith person (tp), Mary gpe (fp gpe, fn person), Paris gpe (tp)
        Span[] p1 = {new Span(0, 2, "person"), new Span(3, 4, "gpe"), new Span(5, 6, "gpe")};
        // s2 tokens: The0 United1 Nations2 sent3 aid4 to5 Chad6 .7
        // predictions: "The United Nations" org (wrong span: fp org, fn org), Chad missed (fn gpe)
        Span[] p2 = {new Span(0, 3, "organization")};
        NerEvaluator.Evaluation e = NerEvaluator.score(List.of(s1, s2), List.of(p1, p2), Set.of());

        NerEvaluator.TypeScores person = e.type("person");
        assertEquals(new NerEvaluator.TypeScores("person", 1, 0, 1), person);
        assertEquals(1.0, person.precision(), EPS);
        assertEquals(0.5, person.recall(), EPS);
        assertEquals(2.0 / 3.0, person.f1(), EPS);

        NerEvaluator.TypeScores gpe = e.type("gpe");
        assertEquals(new NerEvaluator.TypeScores("gpe", 1, 1, 1), gpe);
        assertEquals(0.5, gpe.f1(), EPS);

        assertEquals(new NerEvaluator.TypeScores("organization", 0, 1, 1), e.type("organization"));
        assertEquals(0.0, e.type("organization").f1(), EPS);

        // micro: tp 2, fp 2, fn 3 -> P 0.5, R 0.4, F1 4/9
        assertEquals(new NerEvaluator.TypeScores("micro", 2, 2, 3), e.micro());
        assertEquals(0.5, e.micro().precision(), EPS);
        assertEquals(0.4, e.micro().recall(), EPS);
        assertEquals(4.0 / 9.0, e.micro().f1(), EPS);
        assertEquals(15, e.tokens());

        // restricting to person: only person counts
        NerEvaluator.Evaluation onlyPerson = NerEvaluator.score(List.of(s1, s2), List.of(p1, p2), Set.of("person"));
        assertEquals(List.of(person), onlyPerson.types());
        assertEquals(new NerEvaluator.TypeScores("micro", 1, 0, 1), onlyPerson.micro());
        assertEquals(new NerEvaluator.TypeScores("micro", 2, 1, 2), e.microOver(Set.of("person", "gpe")));

        String text = e.format();
        assertTrue(text.contains("person        P 1.000  R 0.500  F1 0.667"), text);
        assertTrue(text.contains("micro         P 0.500  R 0.400  F1 0.444"), text);
    }

    @Test
    void namesSeenInTrainingAreScoredApartFromTheOthers() throws Exception {
        NameSample training = NameSample.parse("<START:person> John Smith <END> visited <START:gpe> Paris <END> .",
                false);
        assertEquals(Set.of("John Smith", "Paris"), NerEvaluator.namesOf(List.of(training)));
        NameSample gold = NameSample.parse(
                "<START:person> John Smith <END> met <START:person> Mary Okafor <END> in <START:gpe> Paris <END> .",
                false);
        // John Smith found (seen tp); "Mary" alone predicted (unseen fp) and Mary Okafor missed (unseen fn);
        // Paris missed (seen fn); "met" predicted as a name (unseen fp)
        Span[] predicted = {new Span(0, 2, "person"), new Span(3, 4, "person"), new Span(2, 3, "person")};
        NerEvaluator.SeenSplit split = NerEvaluator.splitBySeen(List.of(gold), List.<Span[]>of(predicted), Set.of(),
                NerEvaluator.namesOf(List.of(training)));
        assertEquals(new NerEvaluator.TypeScores("seen", 1, 0, 1), split.seen());
        assertEquals(new NerEvaluator.TypeScores("unseen", 0, 2, 1), split.unseen());
        NerEvaluator.SeenSplit people = NerEvaluator.splitBySeen(List.of(gold), List.<Span[]>of(predicted),
                Set.of("person"), NerEvaluator.namesOf(List.of(training)));
        assertEquals(new NerEvaluator.TypeScores("seen", 1, 0, 0), people.seen());
    }

    @Test
    void emptyIsZeroNotNaN() {
        NerEvaluator.TypeScores z = new NerEvaluator.TypeScores("x", 0, 0, 0);
        assertEquals(0.0, z.precision(), EPS);
        assertEquals(0.0, z.recall(), EPS);
        assertEquals(0.0, z.f1(), EPS);
    }
}
