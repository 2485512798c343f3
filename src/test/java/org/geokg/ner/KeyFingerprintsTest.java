package org.geokg.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.geokg.nlp.GisWeights;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link KeyFingerprints}: what was added is found with its value, nothing else is, and misuse fails. */
class KeyFingerprintsTest {

    @Test
    void addedKeysAreFoundWithTheirValuesAndOthersAreNot() {
        int n = 50_000;
        KeyFingerprints table = new KeyFingerprints(n);
        for (int i = 0; i < n; i++) {
            table.add(GisWeights.fingerprint("key " + i), i % (KeyFingerprints.MAX_VALUE + 1));
        }
        for (int i = 0; i < n; i++) {
            assertEquals(i % (KeyFingerprints.MAX_VALUE + 1), table.get(GisWeights.fingerprint("key " + i)), "key " + i);
            assertEquals(-1, table.get(GisWeights.fingerprint("other " + i)), "other " + i);
        }
    }

    /** Fingerprints whose upper bits are all zero, or that differ only in the bits beside the value. */
    @ParameterizedTest
    @ValueSource(longs = {0L, 1L, 63L, 64L, -1L, Long.MIN_VALUE})
    void edgeFingerprintsAreKeysLikeAnyOther(long fingerprint) {
        KeyFingerprints table = new KeyFingerprints(4);
        assertEquals(-1, table.get(fingerprint));
        table.add(fingerprint, 5);
        assertEquals(5, table.get(fingerprint));
    }

    @Test
    void aKeyAddedTwiceIsAnError() {
        KeyFingerprints table = new KeyFingerprints(4);
        long fingerprint = new Random(7).nextLong();
        table.add(fingerprint, 1);
        assertThrows(IllegalStateException.class, () -> table.add(fingerprint, 2));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, KeyFingerprints.MAX_VALUE + 1})
    void aValueOutOfRangeIsAnError(int value) {
        assertThrows(IllegalArgumentException.class, () -> new KeyFingerprints(4).add(42L, value));
    }
}
