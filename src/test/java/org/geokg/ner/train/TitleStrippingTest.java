package org.geokg.ner.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class TitleStrippingTest {
    private static Span[] strip(String annotated) throws java.io.IOException {
        return TitleStripping.strip(List.of(NameSample.parse(annotated, false))).get(0).getNames();
    }

    @Test
    void titlesLeavePersonNames() throws Exception {
        assertArrayEquals(new Span[] {new Span(1, 3, "person")},
                strip("<START:person> President Hugo Chavez <END> said ."));
        assertArrayEquals(new Span[] {new Span(1, 2, "person")}, strip("<START:person> Mr. Bush <END> said ."));
        assertArrayEquals(new Span[] {new Span(3, 5, "person")},
                strip("<START:person> Deputy Prime Minister Ehud Olmert <END> spoke ."));
    }

    @Test
    void otherTypesAndTitleOnlySpans() throws Exception {
        assertArrayEquals(new Span[] {new Span(0, 2, "organization")},
                strip("<START:organization> Foreign Ministry <END> spokesman said ."));
        assertEquals(0, strip("The <START:person> President <END> spoke .").length);
        assertArrayEquals(new Span[] {new Span(0, 2, "person")}, strip("<START:person> Kofi Annan <END> spoke ."));
    }
}
