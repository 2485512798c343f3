package org.geokg.lexicon;

/**
 * A filter of hash codes with one bit each (a Bloom filter with one hash function): {@link #mayContain} is false for a
 * hash never added, and true for one added or, now and then, for another that shares its bit. Filled once, then only
 * read, so it may be shared by threads after it is built.
 */
public final class HashBits {
    private final long[] bits;

    /** A filter of at least {@code 8 * expected} bits (a power of two), for about that many hashes. */
    public HashBits(int expected) {
        bits = new long[Math.max(1, Integer.highestOneBit(Math.max(1, expected)) / 4)];
    }

    /** Sets the bit of this hash code. */
    public void add(int hash) {
        int bit = bitOf(hash);
        bits[bit >>> 6] |= 1L << bit;
    }

    /** False when no hash code of this bit was added. */
    public boolean mayContain(int hash) {
        int bit = bitOf(hash);
        return (bits[bit >>> 6] & 1L << bit) != 0;
    }

    private int bitOf(int hash) {
        return (hash ^ hash >>> 16) & (bits.length * 64 - 1);
    }
}
