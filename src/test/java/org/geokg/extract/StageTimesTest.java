package org.geokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StageTimesTest {
    @Test
    void timesAddAndSubtractStageByStageAndKeepTheirOrder() {
        StageTimes first = new StageTimes(Map.of("names (model)", 3_000_000_000L)).plus("store writes", 1_000_000_000L);
        StageTimes both = first.plus(first).plus("RDF mapping", 0L);
        assertEquals(8.0, both.totalSeconds(), 1e-9);
        assertEquals("names (model) 75.0 % (6.0 s), store writes 25.0 % (2.0 s), RDF mapping 0.0 % (0.0 s)",
                both.format());
        assertEquals(Map.of("names (model)", 3_000_000_000L, "store writes", 1_000_000_000L, "RDF mapping", 0L),
                both.minus(first).nanos());
        assertEquals("", StageTimes.none().format());
    }
}
