package org.geokg.lexicon;

import java.util.Set;

/**
 * The Arabic articles written before a name ("al-Qaeda", "el-Sisi", "ash-Shabaab", "al Qaeda"): such a name is a
 * name although it is not capitalized. The articles are the word set {@code arabic-article}.
 */
public final class ArabicNames {
    private static final Set<String> ARTICLES = Words.set("arabic-article");

    private ArabicNames() {
    }

    /** Whether a word is an Arabic article ("al", "el"). */
    public static boolean isArticle(String word) {
        return ARTICLES.contains(word);
    }

    /**
     * Whether a word or phrase is a name after an Arabic article, with a hyphen or a space ("al-Qaeda", "al Qaeda").
     */
    public static boolean isArticleName(String word) {
        int cut = 0;
        while (cut < word.length() && word.charAt(cut) != '-' && word.charAt(cut) != ' ') {
            cut++;
        }
        return cut > 0 && cut + 1 < word.length() && Character.isUpperCase(word.charAt(cut + 1))
                && ARTICLES.contains(word.substring(0, cut));
    }
}
