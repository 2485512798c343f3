package org.geokg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class NameKeyTest {
    @Test
    void slavicEndingsFoldIntoOneSpelling() {
        String key = NameKey.of("Volodymyr Zelenskyy");
        assertEquals("volodymyr zelensky", key);
        assertEquals(key, NameKey.of("Volodymyr Zelensky"));
        assertEquals(key, NameKey.of("Volodymyr Zelenski"));
        assertEquals(key, NameKey.of("Volodymyr Zelenskiy"));
    }

    @Test
    void accentsCasePunctuationAndHyphensAreDropped() {
        assertEquals(NameKey.of("Recep Tayyip Erdogan"), NameKey.of("Recep Tayyip Erdoğan"));
        assertEquals(NameKey.of("Bashar al Assad"), NameKey.of("Bashar al-Assad"));
        assertEquals("george w bush", NameKey.of("George W. Bush"));
        assertEquals(NameKey.of("People's Daily"), NameKey.of("Peoples Daily"));
        assertEquals(NameKey.of("Jaroslaw Kaczynski"), NameKey.of("Jarosław Kaczyński"));
        assertEquals(NameKey.of("Lars Lokke Rasmussen"), NameKey.of("Lars Løkke Rasmussen"));
    }

    @Test
    void spellingsOfMuhammadAreOne() {
        assertEquals(NameKey.of("Mohammed bin Salman"), NameKey.of("Muhammad bin Salman"));
        assertEquals(NameKey.of("Mohamed bin Zayed Al Nahyan"), NameKey.of("Maomé bin Zayed Al Nahyan"));
    }

    @Test
    void differentNamesStayDifferent() {
        assertNotEquals(NameKey.of("Lech Kaczyński"), NameKey.of("Jarosław Kaczyński"));
        assertNotEquals(NameKey.of("Niger"), NameKey.of("Nigeria"));
    }

    @Test
    void lastWordIsTheSurnameKey() {
        assertEquals("putin", NameKey.lastWord(NameKey.of("Vladimir Putin")));
        assertEquals("putin", NameKey.lastWord("putin"));
    }
}
