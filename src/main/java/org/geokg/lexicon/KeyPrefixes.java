package org.geokg.lexicon;

import java.util.Collection;

/**
 * Which texts may begin one of a set of keys: a {@link HashBits} of the hash codes of every prefix of every key. A text
 * whose bit is clear begins no key, and so neither does any longer text that starts with it; a set bit only says
 * maybe. A scan that grows a key token by token stops at the first clear bit instead of looking up every length up to
 * the longest key. Immutable.
 */
public final class KeyPrefixes {
    private final HashBits bits;

    /** The prefixes of these keys, in a filter sized for {@code expected} prefixes. */
    public KeyPrefixes(Collection<String> keys, int expected) {
        bits = new HashBits(expected);
        for (String key : keys) {
            int hash = 0;
            for (int i = 0; i < key.length(); i++) {
                hash = 31 * hash + key.charAt(i); // the String.hashCode of each prefix
                bits.add(hash);
            }
        }
    }

    /** False when no key begins with the text (nor is it); true when one may. */
    public boolean mayBegin(String text) {
        return bits.mayContain(text.hashCode());
    }
}
