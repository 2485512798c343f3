package org.geokg.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MiddleInitialsTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            George W. Bush        | George Bush
            George H. W. Bush     | George Bush
            George H.W. Bush      | George Bush
            John F Kennedy        | John Kennedy
            Vladimir Putin        | Vladimir Putin
            W. Bush               | W. Bush
            """)
    void middleInitialsAreTakenOut(String name, String expected) {
        assertEquals(expected, MiddleInitials.without(name));
    }
}
