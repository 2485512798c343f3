package org.geokg.ner.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geokg.lexicon.Words;

/**
 * Splits unlabeled running text into tokens the way the name-finder corpus is tokenized: punctuation
 * apart, possessive {@code 's} apart, a sentence-final period apart from its word, while
 * abbreviations keep theirs ({@code U.S.}, {@code Mr.}); curly apostrophes and quotes become straight
 * ones. Each paragraph ({@code \n}-separated) is one sequence.
 */
public final class CorpusTokenizer {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019.&-]*|[^\\s\\p{L}\\p{N}]");
    private static final Set<String> ABBREVIATIONS = Words.set("corpus-abbreviation");

    /** The paragraphs of {@code text}, each as its tokens (empty paragraphs are left out). */
    public List<List<String>> tokenize(String text) {
        List<List<String>> out = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            List<String> tokens = new ArrayList<>();
            Matcher m = TOKEN.matcher(paragraph);
            while (m.find()) {
                add(tokens, m.group().replace('\u2019', '\''));
            }
            if (!tokens.isEmpty()) {
                out.add(tokens);
            }
        }
        return out;
    }

    private static void add(List<String> tokens, String t) {
        if (t.length() == 1) {
            char c = t.charAt(0);
            tokens.add(c == '\u201C' || c == '\u201D' ? "\"" : c == '\u2018' ? "'" : t);
            return;
        }
        String word = t;
        boolean period = false;
        while (word.length() > 1 && (word.endsWith("-") || word.endsWith("'") && !word.endsWith("s'"))) {
            word = word.substring(0, word.length() - 1);
        }
        if (word.endsWith(".")) {
            String stem = word.substring(0, word.length() - 1);
            if (!stem.contains(".") && !ABBREVIATIONS.contains(stem)) {
                word = stem;
                period = true;
            }
        }
        if (word.length() > 2 && word.endsWith("'s")) {
            tokens.add(word.substring(0, word.length() - 2));
            tokens.add("'s");
        } else {
            tokens.add(word);
        }
        if (period) {
            tokens.add(".");
        }
    }
}
