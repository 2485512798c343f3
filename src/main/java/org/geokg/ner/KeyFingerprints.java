package org.geokg.ner;

/**
 * A set of text keys by their 64-bit fingerprints ({@link org.geokg.nlp.GisWeights#fingerprint}'s), each with a small
 * value (0 to {@value #MAX_VALUE}), in one open-addressing array: a lookup reads one slot, usually one cache line,
 * where a {@code HashMap} of strings follows four references. A slot holds the fingerprint's upper 58 bits beside the
 * value. No two keys of a table share those bits (checked as it is built); a text that is no key matches one with a
 * chance of about 2<sup>-58</sup> per lookup. Filled once, then only read, so it may be shared by threads.
 */
final class KeyFingerprints {
    /** The largest value a key may carry. */
    static final int MAX_VALUE = 63;
    private static final long VALUE_BITS = 63;
    private static final long EMPTY = 0;

    private final long[] slots;
    private final int mask;

    /** An empty table with room for {@code expected} keys at a load of at most a half. */
    KeyFingerprints(int expected) {
        int capacity = Integer.highestOneBit(Math.max(2, expected) * 2 - 1) * 2;
        this.slots = new long[capacity];
        this.mask = capacity - 1;
    }

    /** Adds a key, by its fingerprint, with a value; the caller gives each key once. */
    void add(long fingerprint, int value) {
        if (value < 0 || value > MAX_VALUE) {
            throw new IllegalArgumentException("a value out of 0.." + MAX_VALUE + ": " + value);
        }
        long key = keyOf(fingerprint);
        int slot = slotOf(fingerprint);
        while (slots[slot] != EMPTY) {
            if ((slots[slot] & ~VALUE_BITS) == key) {
                throw new IllegalStateException("two keys share a fingerprint: " + Long.toHexString(fingerprint));
            }
            slot = (slot + 1) & mask;
        }
        slots[slot] = key | value;
    }

    /** The value of the key of this fingerprint, or -1 when it is none of the keys. */
    int get(long fingerprint) {
        long key = keyOf(fingerprint);
        int slot = slotOf(fingerprint);
        long seen;
        while ((seen = slots[slot]) != EMPTY) {
            if ((seen & ~VALUE_BITS) == key) {
                return (int) (seen & VALUE_BITS);
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /** The fingerprint's upper bits, never all zero, so that a slot holding a key is never {@link #EMPTY}. */
    private static long keyOf(long fingerprint) {
        long key = fingerprint & ~VALUE_BITS;
        return key == EMPTY ? VALUE_BITS + 1 : key;
    }

    private int slotOf(long fingerprint) {
        return (int) (fingerprint ^ fingerprint >>> 32) & mask;
    }
}
