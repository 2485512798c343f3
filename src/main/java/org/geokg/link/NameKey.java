package org.geokg.link;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Matching keys of names, so that the spellings news in English uses meet those of the gazetteers: case, accents,
 * punctuation and hyphens are dropped ("Erdoğan" = "Erdogan", "Al-Sisi" = "al Sisi"), and common transliteration
 * variants are folded into one form: Slavic endings ("Zelenski", "Zelensky", "Zelenskyy", "Zelenskiy" →
 * "zelensky"), doubled or soft final vowels ("Hryhoriy" = "Hryhory"), and the spellings of Muhammad (Mohammed, Mohamed, Portuguese Maomé).
 */
public final class NameKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern PUNCTUATION = Pattern.compile("[.'’`ʻʼ]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SLAVIC_ENDING = Pattern.compile("sk(?:yy|iy|ii|i|y)$");
    private static final Pattern SOFT_ENDING = Pattern.compile("(?:iy|yy|ii)$");
    private static final Pattern MUHAMMAD = Pattern.compile("^(?:m[ou]hamm?[ae]d|maome)$");

    private NameKey() {
    }

    /** The matching key of a name: lower-case ASCII words separated by single spaces, variants folded. */
    public static String of(String name) {
        String ascii = MARKS.matcher(Normalizer.normalize(unstroked(name), Normalizer.Form.NFKD)).replaceAll("");
        String plain = PUNCTUATION.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("");
        StringBuilder key = new StringBuilder(plain.length());
        for (String word : SEPARATORS.split(plain)) {
            if (word.isEmpty()) {
                continue;
            }
            if (!key.isEmpty()) {
                key.append(' ');
            }
            key.append(fold(word));
        }
        return key.toString();
    }

    /** The key of the last word of a name ("vladimir putin" → "putin"). */
    public static String lastWord(String key) {
        return key.substring(key.lastIndexOf(' ') + 1);
    }

    /** Letters that Unicode does not decompose into a base letter and a mark ("ł" in "Jarosław"). */
    private static String unstroked(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            switch (c) {
                case 'ł' -> out.append('l');
                case 'Ł' -> out.append('L');
                case 'ø' -> out.append('o');
                case 'Ø' -> out.append('O');
                case 'đ', 'ð' -> out.append('d');
                case 'Đ', 'Ð' -> out.append('D');
                case 'ı' -> out.append('i');
                case 'ß' -> out.append("ss");
                case 'æ' -> out.append("ae");
                case 'Æ' -> out.append("Ae");
                case 'œ' -> out.append("oe");
                case 'þ' -> out.append("th");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String fold(String word) {
        if (MUHAMMAD.matcher(word).matches()) {
            return "muhammad";
        }
        String folded = SLAVIC_ENDING.matcher(word).replaceAll("sky");
        return folded.length() > 4 ? SOFT_ENDING.matcher(folded).replaceAll("y") : folded;
    }
}
