package org.geokg.meeting;

import java.util.ArrayList;
import java.util.List;
import org.geokg.mention.Mention;
import org.geokg.nlp.Sentence;
import org.geokg.syntax.Parse;

/**
 * Paths in a dependency tree from a word of meeting to the head of a mention, written as the relations passed:
 * {@code ↓nsubj} (the trigger's subject), {@code ↓obl:with} (its oblique with "with"), {@code ↑acl:relcl↓nsubj}, ...
 * The relation of an oblique or nominal modifier carries its preposition, which says most ("with", "between", "to").
 */
final class SyntaxPaths {
    /** Paths longer than this are written by their length only. */
    static final int LONGEST = 4;

    private SyntaxPaths() {
    }

    /** The token of a mention that heads it in the tree: the one whose head lies outside the mention. */
    static int head(Parse parse, Mention m) {
        for (int i = m.tokenBegin(); i < m.tokenEnd(); i++) {
            int h = parse.head(i);
            if (h < m.tokenBegin() || h >= m.tokenEnd()) {
                return i;
            }
        }
        return m.tokenEnd() - 1;
    }

    /** The path from one token to another, or {@code far:N} when it passes more than {@link #LONGEST} relations. */
    static String path(Sentence sentence, Parse parse, int from, int to) {
        List<Integer> up = ancestors(parse, from);
        List<Integer> down = ancestors(parse, to);
        int common = -1;
        for (int node : up) {
            if (down.contains(node)) {
                common = node;
                break;
            }
        }
        List<String> steps = new ArrayList<>();
        for (int node : up) {
            if (node == common) {
                break;
            }
            steps.add("↑" + relation(sentence, parse, node));
        }
        List<String> descent = new ArrayList<>();
        for (int node : down) {
            if (node == common) {
                break;
            }
            descent.add(0, "↓" + relation(sentence, parse, node));
        }
        steps.addAll(descent);
        if (common < 0) {
            return "none";
        }
        return steps.size() > LONGEST ? "far:" + steps.size() : steps.isEmpty() ? "self" : String.join("", steps);
    }

    /** The number of relations between two tokens in the tree. */
    static int length(Parse parse, int from, int to) {
        List<Integer> up = ancestors(parse, from);
        List<Integer> down = ancestors(parse, to);
        for (int i = 0; i < up.size(); i++) {
            int j = down.indexOf(up.get(i));
            if (j >= 0) {
                return i + j;
            }
        }
        return parse.size();
    }

    /** The same path with the coordinations and appositions passed through left out: {@code ↓obl:with}. */
    static String collapsed(String path) {
        return path.replace("↓conj", "").replace("↓appos", "").replace("↑conj", "").replace("↑appos", "");
    }

    /** The token and its ancestors up to the root, nearest first. */
    private static List<Integer> ancestors(Parse parse, int token) {
        List<Integer> chain = new ArrayList<>();
        for (int t = token; t >= 0 && chain.size() <= parse.size(); t = parse.head(t)) {
            chain.add(t);
        }
        return chain;
    }

    /** A token's relation to its head; for an oblique or nominal modifier, with its preposition. */
    static String relation(Sentence sentence, Parse parse, int token) {
        String label = parse.label(token);
        if (label.startsWith("obl") || label.startsWith("nmod") && !label.equals("nmod:poss")
                || label.startsWith("advcl") || label.startsWith("acl") && !label.equals("acl:relcl")) {
            for (int child : parse.children(token)) {
                String childLabel = parse.label(child);
                if (childLabel.equals("case") || childLabel.equals("mark")) {
                    return label + ":" + sentence.token(child).text().toLowerCase(java.util.Locale.ROOT);
                }
            }
        }
        return label;
    }
}
