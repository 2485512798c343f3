package org.geokg.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyPrefixesTest {
    private static final KeyPrefixes PREFIXES = new KeyPrefixes(List.of("NewYork", "NewZealand", "Paris"), 512);

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # text        | may begin a key
            N             | true
            New           | true
            NewYork       | true
            NewZealand    | true
            Paris         | true
            Pa            | true
            NewYorkCity   | false
            Newark        | false
            York          | false
            ParisHilton   | false
            Berlin        | false
            """)
    void aTextMayBeginAKeyOnlyIfItIsAPrefixOfOne(String text, boolean expected) {
        assertEquals(expected, PREFIXES.mayBegin(text));
    }
}
