package org.geokg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link SentenceMemo}: a value made once per sentence array, and again for another array, equal or not. */
class SentenceMemoTest {

    @Test
    void aValueIsMadeOncePerSentenceArray() {
        AtomicInteger made = new AtomicInteger();
        SentenceMemo<String> memo = new SentenceMemo<>(
                tokens -> made.incrementAndGet() + ":" + String.join(" ", tokens));
        String[] first = {"Xi", "met", "Putin"};
        String value = memo.of(first);
        assertEquals("1:Xi met Putin", value);
        assertSame(value, memo.of(first));
        assertEquals("2:Xi met Putin", memo.of(first.clone()), "an equal sentence in another array is another one");
        assertEquals("3:Xi met Putin", memo.of(first), "the first array again, after another");
        assertEquals(3, made.get());
    }
}
