package org.geokg.ner;

import java.util.List;
import java.util.Locale;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import org.geokg.nlp.SentenceMemo;

/**
 * Word-shape features that generalize to unseen names: the compressed character shape
 * ({@code Xx}, {@code X.X.}, {@code x-Xx}), the parts of hyphenated tokens ({@code al-Qaida},
 * {@code Abdul-Rahman}), an initial-letter flag and a title-word flag for the token and its
 * neighbours.
 */
public final class ShapeFeatureGenerator implements AdaptiveFeatureGenerator {

    private final int window;
    /** The features' names for the tokens before and after: {@code sh-1=}, {@code sh+1=}, ... */
    private final String[] before;
    private final String[] after;
    /** The shapes of the sentence's tokens. */
    private final SentenceMemo<String[]> shapes = new SentenceMemo<>(ShapeFeatureGenerator::shapesOf);

    /** @param window how many tokens left and right also contribute their shape */
    public ShapeFeatureGenerator(int window) {
        this.window = window;
        this.before = new String[window + 1];
        this.after = new String[window + 1];
        for (int d = 1; d <= window; d++) {
            before[d] = "sh-" + d + "=";
            after[d] = "sh+" + d + "=";
        }
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        String[] shapes = this.shapes.of(tokens);
        String tok = tokens[index];
        String shape = shapes[index];
        features.add("sh=" + shape);
        for (int d = 1; d <= window; d++) {
            features.add(before[d] + (index - d >= 0 ? shapes[index - d] : "BOS"));
            features.add(after[d] + (index + d < tokens.length ? shapes[index + d] : "EOS"));
        }
        if (index > 0) {
            features.add("sh-1,0=" + shapes[index - 1] + "," + shape);
        }
        if (index + 1 < tokens.length) {
            features.add("sh0,+1=" + shape + "," + shapes[index + 1]);
        }
        int hy = tok.indexOf('-');
        if (hy > 0 && hy < tok.length() - 1) {
            String[] parts = tok.split("-");
            features.add("hy0=" + parts[0].toLowerCase(Locale.ROOT));
            features.add("hyN=" + parts[parts.length - 1].toLowerCase(Locale.ROOT));
            features.add("hyN.sh=" + shape(parts[parts.length - 1]));
        }
        if (tok.length() >= 2 && tok.length() <= 3 && Character.isUpperCase(tok.charAt(0)) && tok.endsWith(".")) {
            features.add("abbr");
        }
    }

    private static String[] shapesOf(String[] tokens) {
        String[] shapes = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            shapes[i] = shape(tokens[i]);
        }
        return shapes;
    }

    /**
     * The compressed shape of a token: upper-case letters become {@code X}, lower-case {@code x},
     * digits {@code d}, other characters stay; runs of the same class collapse to one character.
     */
    public static String shape(String token) {
        StringBuilder sb = new StringBuilder(8);
        char last = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            char m;
            if (Character.isUpperCase(c)) {
                m = 'X';
            } else if (Character.isLowerCase(c)) {
                m = 'x';
            } else if (Character.isDigit(c)) {
                m = 'd';
            } else if (Character.isLetter(c)) {
                m = 'l';
            } else {
                m = c;
            }
            if (m != last) {
                sb.append(m);
                last = m;
            }
        }
        return sb.toString();
    }
}
