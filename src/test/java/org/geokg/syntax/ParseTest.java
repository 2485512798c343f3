package org.geokg.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParseTest {
    // She(0) was(1) received(2) by(3) the(4) king(5) .(6)
    private final Parse parse = new Parse(List.of(2, 2, -1, 5, 5, 2, 2),
            List.of("nsubj:pass", "aux:pass", "root", "case", "det", "obl:agent", "punct"));

    @Test
    void headsLabelsAndChildren() {
        assertEquals(7, parse.size());
        assertEquals(2, parse.root());
        assertEquals(5, parse.head(3));
        assertEquals("obl:agent", parse.label(5));
        assertEquals(List.of(0, 1, 5, 6), parse.children(2));
        assertEquals(List.of(0), parse.children(2, "nsubj"));
        assertEquals(List.of(5), parse.children(2, "obl"));
        assertEquals(List.of(), parse.children(2, "obj"));
        assertTrue(parse.dominates(2, 4));
        assertFalse(parse.dominates(5, 0));
    }

    @Test
    void aBadTreeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Parse(List.of(0), List.of("root")));
        assertThrows(IllegalArgumentException.class, () -> new Parse(List.of(-1, 5), List.of("root", "x")));
        assertThrows(IllegalArgumentException.class, () -> new Parse(List.of(-1), List.of()));
    }
}
