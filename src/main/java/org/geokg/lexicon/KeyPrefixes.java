package org.geokg.lexicon;

import java.util.Collection;

/**
 * Which texts may begin one of a set of keys: a filter with one bit per hash code of every prefix of every key. A
 * text whose bit is clear begins no key, and so neither does any longer text that starts with it; a set bit only says
 * maybe. A scan that grows a key token by token stops at the first clear bit instead of looking up every length up to
 * the longest key. Immutable.
 */
public final class KeyPrefixes {
    private final long[] bits;

    /** The prefixes of these keys, in a filter of {@code 2^log2Bits} bits. */
    public KeyPrefixes(Collection<String> keys, int log2Bits) {
        bits = new long[1 << (log2Bits - 6)];
        for (String key : keys) {
            int hash = 0;
            for (int i = 0; i < key.length(); i++) {
                hash = 31 * hash + key.charAt(i); // the String.hashCode of each prefix
                set(hash);
            }
        }
    }

    /** False when no key begins with the text (nor is it); true when one may. */
    public boolean mayBegin(String text) {
        int bit = bitOf(text.hashCode());
        return (bits[bit >>> 6] & 1L << bit) != 0;
    }

    private void set(int hash) {
        int bit = bitOf(hash);
        bits[bit >>> 6] |= 1L << bit;
    }

    private int bitOf(int hash) {
        return (hash ^ hash >>> 16) & (bits.length * 64 - 1);
    }
}
