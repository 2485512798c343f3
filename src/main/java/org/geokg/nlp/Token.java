package org.geokg.nlp;

import java.util.Set;

/**
 * A token with its character span in the article text and its part-of-speech tag (Universal Dependencies).
 *
 * @param text  the token as it stands in the text
 * @param begin offset of its first character
 * @param end   offset after its last character
 * @param pos   its part-of-speech tag, such as {@code PROPN} or {@code VERB}
 */
public record Token(String text, int begin, int end, String pos) {
    public Token {
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("bad token span: begin=" + begin + ", end=" + end);
        }
    }

    /** The Arabic articles written before a name with a hyphen ("al-Qaeda", "el-Sisi", "ash-Shabaab"). */
    static final Set<String> ARABIC_ARTICLES = Set.of("al", "el", "ad", "an", "ar", "as", "ash", "at", "az");

    /** Whether the token starts with an upper-case letter. */
    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    /**
     * Whether a word or phrase is a name after an Arabic article, with a hyphen or a space ("al-Qaeda", "al Qaeda"):
     * a name, although not capitalized.
     */
    public static boolean isArticleName(String word) {
        int cut = 0;
        while (cut < word.length() && word.charAt(cut) != '-' && word.charAt(cut) != ' ') {
            cut++;
        }
        return cut > 0 && cut + 1 < word.length() && Character.isUpperCase(word.charAt(cut + 1))
                && ARABIC_ARTICLES.contains(word.substring(0, cut));
    }

    /** Whether a word is an Arabic article ("al", "el"). */
    public static boolean isArabicArticle(String word) {
        return ARABIC_ARTICLES.contains(word);
    }
}
