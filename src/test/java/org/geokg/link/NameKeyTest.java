package org.geokg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.geokg.lexicon.Table;
import org.junit.jupiter.api.Test;

class NameKeyTest {
    @Test
    void slavicEndingsFoldIntoOneSpelling() {
        String key = NameKey.of("Volodymyr Zelenskyy");
        assertEquals("volodymyr zelensky", key);
        assertEquals(key, NameKey.of("Volodymyr Zelensky"));
        assertEquals(key, NameKey.of("Volodymyr Zelenski"));
        assertEquals(key, NameKey.of("Volodymyr Zelenskiy"));
    }

    @Test
    void accentsCasePunctuationAndHyphensAreDropped() {
        assertEquals(NameKey.of("Recep Tayyip Erdogan"), NameKey.of("Recep Tayyip Erdoğan"));
        assertEquals(NameKey.of("Bashar al Assad"), NameKey.of("Bashar al-Assad"));
        assertEquals("george w bush", NameKey.of("George W. Bush"));
        assertEquals(NameKey.of("People's Daily"), NameKey.of("Peoples Daily"));
        assertEquals(NameKey.of("Jaroslaw Kaczynski"), NameKey.of("Jarosław Kaczyński"));
        assertEquals(NameKey.of("Lars Lokke Rasmussen"), NameKey.of("Lars Løkke Rasmussen"));
    }

    @Test
    void spellingsOfMuhammadAreOne() {
        assertEquals(NameKey.of("Mohammed bin Salman"), NameKey.of("Muhammad bin Salman"));
        assertEquals(NameKey.of("Mohamed bin Zayed Al Nahyan"), NameKey.of("Maomé bin Zayed Al Nahyan"));
    }

    @Test
    void differentNamesStayDifferent() {
        assertNotEquals(NameKey.of("Lech Kaczyński"), NameKey.of("Jarosław Kaczyński"));
        assertNotEquals(NameKey.of("Niger"), NameKey.of("Nigeria"));
    }

    @Test
    void lastWordIsTheSurnameKey() {
        assertEquals("putin", NameKey.lastWord(NameKey.of("Vladimir Putin")));
        assertEquals("putin", NameKey.lastWord("putin"));
    }

    /**
     * The keys of every name and alternate name of the bundled tables, and of names written for edge cases, are those
     * of the regular-expression pipeline that {@link NameKey#of} shortcuts for ASCII names.
     */
    @Test
    void keysAreThoseOfTheRegularExpressionPipeline() {
        List<String> names = new ArrayList<>(List.of("", " ", "...", "O'Brien", "al-Sisi", "  Xi  Jinping ", "U.S.",
                "Zelenskyy", "Zelenskii", "sskyy", "Hryhorii", "Ilii", "iiy", "Mohamed", "MAOMÉ", "Jarosław",
                "Erdoğan", "Ǆemal", "Ⅻ Legion", "ﬁnance", "São Tomé", "Köln-Bonn", "tab\tand\u007fdel", "A`b'c.d",
                "Ƶ", "Łódź", "Straße", "ʻOumuamua", "Nuʼuuli", "Москва", "東京", "1st", "x2y"));
        for (String table : List.of("gazetteer/cities.tsv", "gazetteer/admin1.tsv", "gazetteer/countries.tsv",
                "gazetteer/people.tsv", "gazetteer/organizations.tsv")) {
            Table.read(table, row -> row.values().forEach(cell -> names.addAll(Table.split(cell))));
        }
        assertTrue(names.size() > 300_000, "names: " + names.size());
        for (String name : names) {
            assertEquals(throughPatterns(name), NameKey.of(name), name);
        }
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern PUNCTUATION = Pattern.compile("[.'’`ʻʼ]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SLAVIC_ENDING = Pattern.compile("sk(?:yy|iy|ii|i|y)$");
    private static final Pattern SOFT_ENDING = Pattern.compile("(?:iy|yy|ii)$");
    private static final Pattern MUHAMMAD = Pattern.compile("^(?:m[ou]hamm?[ae]d|maome)$");

    /** The key as NameKey made it before its ASCII shortcut, all through regular expressions. */
    private static String throughPatterns(String name) {
        String unstroked = name.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O")
                .replace("đ", "d").replace("ð", "d").replace("Đ", "D").replace("Ð", "D").replace("ı", "i")
                .replace("ß", "ss").replace("æ", "ae").replace("Æ", "Ae").replace("œ", "oe").replace("þ", "th");
        String ascii = MARKS.matcher(Normalizer.normalize(unstroked, Normalizer.Form.NFKD)).replaceAll("");
        String plain = PUNCTUATION.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("");
        StringBuilder key = new StringBuilder();
        for (String word : SEPARATORS.split(plain)) {
            if (word.isEmpty()) {
                continue;
            }
            if (!key.isEmpty()) {
                key.append(' ');
            }
            if (MUHAMMAD.matcher(word).matches()) {
                key.append("muhammad");
                continue;
            }
            String folded = SLAVIC_ENDING.matcher(word).replaceAll("sky");
            key.append(folded.length() > 4 ? SOFT_ENDING.matcher(folded).replaceAll("y") : folded);
        }
        return key.toString();
    }
}
