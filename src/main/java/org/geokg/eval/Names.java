package org.geokg.eval;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Lenient matching of a gold name with a found one: "Xi" matches "Xi Jinping", case and accents aside. */
public final class Names {
    private Names() {
    }

    /** Equal after normalization, or all words of one are words of the other. */
    public static boolean same(String a, String b) {
        String x = normalize(a);
        String y = normalize(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.equals(y)) {
            return true;
        }
        Set<String> wx = new HashSet<>(Arrays.asList(x.split(" ")));
        Set<String> wy = new HashSet<>(Arrays.asList(y.split(" ")));
        return wx.containsAll(wy) || wy.containsAll(wx);
    }

    /** Whether any of the names matches the gold name. */
    public static boolean anySame(Set<String> names, String gold) {
        return names.stream().anyMatch(name -> same(name, gold));
    }

    /** Lower case ASCII words, accents, apostrophes, dots and a leading "the" taken out. */
    static String normalize(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("['’.]", "").replaceAll("[^a-z0-9]+", " ").strip()
                .replaceAll("^the ", "");
    }

    /** The two names of a pair in a stable order, joined by an en dash: {@code Hu Jintao – Kevin Rudd}. */
    static String pair(String a, String b) {
        return normalize(a).compareTo(normalize(b)) <= 0 ? a + " – " + b : b + " – " + a;
    }
}
