package org.geokg.syntax.train;

import java.util.List;
import java.util.Locale;
import org.geokg.syntax.DependencyModel;
import org.geokg.syntax.DependencyParser;
import org.geokg.syntax.Parse;

/**
 * Scores a parser against gold trees: the unlabeled and labeled attachment scores (UAS: the share of words with the
 * right head; LAS: with the right head and the right relation, subtypes included), over all words and over the
 * words that are not punctuation (gold relation {@code punct}), and the parsing speed.
 */
public final class ParserEvaluator {
    private ParserEvaluator() {
    }

    /**
     * Scores.
     *
     * @param sentences  the sentences scored
     * @param words      their words
     * @param punct      the words whose gold relation is {@code punct}
     * @param heads      words with the right head
     * @param labeled    words with the right head and relation
     * @param headsNoPunct   the same, punctuation left out
     * @param labeledNoPunct the same, punctuation left out
     * @param nanos      the time spent parsing (not tagging)
     */
    public record Evaluation(int sentences, int words, int punct, int heads, int labeled, int headsNoPunct,
                             int labeledNoPunct, long nanos) {
        /** Unlabeled attachment score, all words. */
        public double uas() {
            return (double) heads / words;
        }

        /** Labeled attachment score, all words. */
        public double las() {
            return (double) labeled / words;
        }

        /** Unlabeled attachment score without punctuation. */
        public double uasNoPunct() {
            return (double) headsNoPunct / (words - punct);
        }

        /** Labeled attachment score without punctuation. */
        public double lasNoPunct() {
            return (double) labeledNoPunct / (words - punct);
        }

        /** Words parsed per second of parsing. */
        public double tokensPerSecond() {
            return words / (nanos / 1e9);
        }

        /** Two lines: the scores with and without punctuation. */
        public String format() {
            return String.format(Locale.ROOT, "UAS %.2f  LAS %.2f  (all %d words)%nUAS %.2f  LAS %.2f  (without "
                    + "punctuation, %d words)%n", 100 * uas(), 100 * las(), words, 100 * uasNoPunct(),
                    100 * lasNoPunct(), words - punct);
        }
    }

    /** Parses each sentence over the given tags and scores it against its gold tree. */
    public static Evaluation evaluate(DependencyModel model, List<TreebankSentence> gold, List<List<String>> tags) {
        DependencyParser parser = model.newParser();
        int words = 0;
        int punct = 0;
        int heads = 0;
        int labeled = 0;
        int headsNoPunct = 0;
        int labeledNoPunct = 0;
        long nanos = 0;
        for (int s = 0; s < gold.size(); s++) {
            TreebankSentence sentence = gold.get(s);
            long t0 = System.nanoTime();
            Parse parse = parser.parse(sentence.words(), tags.get(s));
            nanos += System.nanoTime() - t0;
            for (int i = 0; i < sentence.size(); i++) {
                boolean isPunct = sentence.labels().get(i).equals("punct");
                boolean head = parse.head(i) == sentence.heads().get(i);
                boolean label = head && parse.label(i).equals(sentence.labels().get(i));
                words++;
                punct += isPunct ? 1 : 0;
                heads += head ? 1 : 0;
                labeled += label ? 1 : 0;
                headsNoPunct += head && !isPunct ? 1 : 0;
                labeledNoPunct += label && !isPunct ? 1 : 0;
            }
        }
        return new Evaluation(gold.size(), words, punct, heads, labeled, headsNoPunct, labeledNoPunct, nanos);
    }
}
