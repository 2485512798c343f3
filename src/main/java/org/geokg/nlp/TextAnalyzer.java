package org.geokg.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import opennlp.tools.postag.ConfigurablePOSContextGenerator;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;
import org.geokg.lexicon.ArabicNames;
import org.geokg.lexicon.Words;

/**
 * Splits a text into paragraphs (blocks between blank lines), lines, sentences and tokens, and tags each token's
 * part of speech. A line break always ends a sentence, so that headlines, captions and navigation words without a
 * full stop do not run into the next sentence. Offsets are character offsets into the text.
 *
 * <p>Not thread-safe: make one per thread with {@link NlpModels#newAnalyzer()}.
 */
public final class TextAnalyzer {
    /**
     * The most tokens the tagger, the name finder and the parser see in one sentence: well above any sentence of
     * news (the longest in 1,689 articles of the news corpus had 341), low enough that work per sentence is bounded.
     */
    public static final int MAX_SENTENCE_TOKENS = 500;
    private final SentenceDetectorME sentenceDetector;
    private final WordTokenizer tokenizer;
    private final POSContextGenerator posContext;
    private final FastGisModel posScorer;
    private final Predicate<String> standsApart;

    TextAnalyzer(opennlp.tools.sentdetect.SentenceModel sentences, WordTokenizer tokenizer,
                 opennlp.tools.postag.POSModel pos, FastGisModel posScorer, Predicate<String> standsApart) {
        this.sentenceDetector = new SentenceDetectorME(sentences);
        this.tokenizer = tokenizer;
        this.posContext = posContext(pos);
        this.posScorer = posScorer;
        this.standsApart = standsApart;
    }

    /**
     * The POS model's context generator, its features generated as {@link FeatureDescriptors} builds them: the same
     * features as OpenNLP's, with no cache (each token's context is asked for once) and each window's words once.
     */
    static POSContextGenerator posContext(opennlp.tools.postag.POSModel pos) {
        byte[] descriptor = pos.getArtifact(FeatureDescriptors.DESCRIPTOR_ENTRY);
        return descriptor == null ? pos.getFactory().getPOSContextGenerator(0)
                : new ConfigurablePOSContextGenerator(0, FeatureDescriptors.generators(descriptor, pos::getArtifact));
    }

    /**
     * Analyses text that is already split into sentences and tokens (an annotated corpus): the text is the tokens
     * joined by spaces, one sentence per line, all in one paragraph.
     */
    public AnalyzedText analyzeTokens(List<String[]> sentences) {
        StringBuilder text = new StringBuilder();
        List<Sentence> analysed = new ArrayList<>(sentences.size());
        for (String[] words : sentences) {
            int begin = text.length();
            List<Token> tokens = new ArrayList<>(words.length);
            String[] straight = new String[words.length];
            for (int i = 0; i < words.length; i++) {
                straight[i] = words[i].replace('\u2019', '\'');
            }
            String[] tags = tagGreedily(straight);
            for (int i = 0; i < words.length; i++) {
                if (i > 0) {
                    text.append(' ');
                }
                tokens.add(new Token(words[i], text.length(), text.length() + words[i].length(), tags[i]));
                text.append(words[i]);
            }
            analysed.add(new Sentence(analysed.size(), 0, begin, text.length(), tokens));
            text.append('\n');
        }
        return new AnalyzedText(text.toString(), analysed);
    }

    /** Analyses a whole text. */
    public AnalyzedText analyze(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        int lineStart = 0;
        boolean paragraphHasText = false;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            if (line.isBlank()) {
                if (paragraphHasText) {
                    paragraph++;
                    paragraphHasText = false;
                }
            } else {
                paragraphHasText = true;
                for (Span span : joinAbbreviations(line, sentenceDetector.sentPosDetect(line))) {
                    addSentences(text, lineStart + span.getStart(), lineStart + span.getEnd(), paragraph, sentences);
                }
            }
            lineStart = lineEnd + 1;
        }
        return new AnalyzedText(text, sentences);
    }

    /**
     * Joins what the tokenizer wrongly splits: an abbreviation or a name's initial from its full stop ("Sen" "." →
     * "Sen.", "H" "." → "H." inside a sentence) and a hyphenated name ("Jean" "-Noël" → "Jean-Noël", "al" "-"
     * "Qaeda" → "al-Qaeda", "ZANU-" "PF" → "ZANU-PF"), as the name finder's training corpus writes them. Two names
     * that each stand apart ({@link #standsApart}: "Israel" "-Hamas", "EU" "-China") are two names and a dash.
     */
    private Span[] joinTokens(String content, Span[] spans) {
        List<Span> joined = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            Span span = spans[i];
            if (!joined.isEmpty()) {
                Span previous = joined.get(joined.size() - 1);
                String before = content.substring(previous.getStart(), previous.getEnd());
                String word = content.substring(span.getStart(), span.getEnd());
                boolean adjacent = previous.getEnd() == span.getStart();
                boolean fullStop = word.equals(".") && (ABBREVIATIONS.contains(before + ".")
                        || isInitial(before) && i + 1 < spans.length);
                boolean hyphenated = word.length() > 1 && word.charAt(0) == '-' && Character.isUpperCase(word.charAt(1))
                        && !before.isEmpty() && Character.isUpperCase(before.charAt(0))
                        && Character.isLetter(before.charAt(before.length() - 1))
                        || before.length() > 2 && before.endsWith("-")
                        && isAcronym(before.substring(0, before.length() - 1)) && isAcronym(word); // ZANU- PF
                if (adjacent && hyphenated && word.charAt(0) == '-' && standsApart.test(before)
                        && standsApart.test(word.substring(1)) && !standsApart.test(before + word)) {
                    joined.add(new Span(span.getStart(), span.getStart() + 1)); // "Israel" "-" "Hamas"
                    joined.add(new Span(span.getStart() + 1, span.getEnd()));
                    continue;
                }
                if (adjacent && before.length() > 1 && before.endsWith("-") && !word.startsWith("-")
                        && standsApart.test(before.substring(0, before.length() - 1)) && standsApart.test(word)
                        && !standsApart.test(before + word)) {
                    // "EU-" "China": the name, its hyphen, the other name
                    joined.set(joined.size() - 1, new Span(previous.getStart(), previous.getEnd() - 1));
                    joined.add(new Span(previous.getEnd() - 1, previous.getEnd()));
                    joined.add(span);
                    continue;
                }
                if (adjacent && (fullStop || hyphenated)) {
                    joined.set(joined.size() - 1, new Span(previous.getStart(), span.getEnd()));
                    continue;
                }
                if (adjacent && word.equals("-") && i + 1 < spans.length && spans[i + 1].getStart() == span.getEnd()
                        && isNamePart(before, content.substring(spans[i + 1].getStart(), spans[i + 1].getEnd()))) {
                    joined.set(joined.size() - 1, new Span(previous.getStart(), spans[i + 1].getEnd()));
                    i++;
                    continue;
                }
            }
            joined.add(span);
        }
        return joined.toArray(new Span[0]);
    }

    /**
     * Splits the full stop from the last word of a sentence where the tokenizer left it on ("... meet Sergei
     * Lavrov." → "Lavrov" "."), unless the word is an abbreviation or holds a full stop of its own ("U.S.").
     */
    private static Span[] splitFinalStop(String content, Span[] spans) {
        if (spans.length == 0) {
            return spans;
        }
        Span last = spans[spans.length - 1];
        String word = content.substring(last.getStart(), last.getEnd());
        String stem = word.substring(0, word.length() - 1);
        if (word.length() < 3 || !word.endsWith(".") || stem.contains(".") || ABBREVIATIONS.contains(word)
                || !Character.isLetter(stem.charAt(stem.length() - 1))) {
            return spans;
        }
        Span[] split = java.util.Arrays.copyOf(spans, spans.length + 1);
        split[spans.length - 1] = new Span(last.getStart(), last.getEnd() - 1);
        split[spans.length] = new Span(last.getEnd() - 1, last.getEnd());
        return split;
    }

    /** Two or more capital letters: "ZANU", "PF". */
    private static boolean isAcronym(String word) {
        return word.length() >= 2 && word.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    /** A single capital letter: a name's initial when a full stop follows ("George H. W. Bush"). */
    private static boolean isInitial(String word) {
        return word.length() == 1 && Character.isUpperCase(word.charAt(0));
    }

    /**
     * An Arabic article and the capitalized name it belongs to ("al" "-" "Qaeda"). Two names joined by a hyphen stay
     * apart: "Russia-China partnership" names two states.
     */
    private static boolean isNamePart(String left, String right) {
        return ArabicNames.isArticle(left) && !right.isEmpty() && Character.isUpperCase(right.charAt(0));
    }

    /** Abbreviations that stand before a number or a name, never at the end of a sentence. */
    private static final java.util.Set<String> ABBREVIATIONS = Words.set("abbreviation");

    /**
     * Joins sentences the detector ends at an abbreviation followed by a number or a name ("on Jan. | 9",
     * "Gen. | Smith"), or at a name's initial ("George H. | W. Bush").
     */
    private static Span[] joinAbbreviations(String line, Span[] spans) {
        List<Span> joined = new ArrayList<>(spans.length);
        for (Span span : spans) {
            if (!joined.isEmpty()) {
                Span previous = joined.get(joined.size() - 1);
                String before = line.substring(previous.getStart(), previous.getEnd());
                int space = Math.max(before.lastIndexOf(' '), before.lastIndexOf('\t'));
                String lastWord = before.substring(space + 1);
                char next = line.charAt(span.getStart());
                boolean initial = lastWord.length() == 2 && lastWord.endsWith(".")
                        && isInitial(lastWord.substring(0, 1))
                        && isNameBefore(before, space);
                if ((ABBREVIATIONS.contains(lastWord) || initial)
                        && (Character.isDigit(next) || Character.isUpperCase(next))) {
                    joined.set(joined.size() - 1, new Span(previous.getStart(), span.getEnd()));
                    continue;
                }
            }
            joined.add(span);
        }
        return joined.toArray(new Span[0]);
    }

    /** Whether the word before position {@code space} of a sentence is capitalized, or is an initial itself. */
    private static boolean isNameBefore(String sentence, int space) {
        String head = sentence.substring(0, Math.max(space, 0)).stripTrailing();
        String word = head.substring(Math.max(head.lastIndexOf(' '), head.lastIndexOf('\t')) + 1);
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    /**
     * Adds the sentence between two offsets, tokenized and tagged, or the pieces of it: a "sentence" longer than
     * {@link #MAX_SENTENCE_TOKENS} (a text without full stops, a table run together) is cut into pieces, each after
     * its last punctuation mark in the second half of the piece, else at the limit, so that no stage sees a sentence
     * longer than that and the work per sentence stays bounded.
     */
    private void addSentences(String text, int begin, int end, int paragraph, List<Sentence> sentences) {
        String content = text.substring(begin, end);
        Span[] spans = splitFinalStop(content, joinTokens(content, tokenizer.tokenizePos(content)));
        int from = 0;
        while (from < spans.length) {
            int to = pieceEnd(content, spans, from);
            boolean whole = from == 0 && to == spans.length;
            Span[] piece = whole ? spans : Arrays.copyOfRange(spans, from, to);
            int pieceBegin = whole ? begin : begin + piece[0].getStart();
            int pieceEnd = whole ? end : begin + piece[piece.length - 1].getEnd();
            Sentence sentence = sentence(content, begin, pieceBegin, pieceEnd, piece, sentences.size(), paragraph);
            if (sentence.size() > 0) {
                sentences.add(sentence);
            }
            Cancellation.check();
            from = to;
        }
    }

    /** Where the piece of a sentence that starts at token {@code from} ends (exclusive). */
    private static int pieceEnd(String content, Span[] spans, int from) {
        if (spans.length - from <= MAX_SENTENCE_TOKENS) {
            return spans.length;
        }
        for (int i = from + MAX_SENTENCE_TOKENS - 1; i > from + MAX_SENTENCE_TOKENS / 2; i--) {
            if (isPunctuation(content, spans[i])) {
                return i + 1;
            }
        }
        return from + MAX_SENTENCE_TOKENS;
    }

    /** A token of punctuation marks only: a place to cut an over-long sentence. */
    private static boolean isPunctuation(String content, Span span) {
        for (int i = span.getStart(); i < span.getEnd(); i++) {
            if (Character.isLetterOrDigit(content.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A sentence of tokens (spans into {@code content}, which starts at {@code offset} in the text), tagged. */
    private Sentence sentence(String content, int offset, int begin, int end, Span[] spans, int index,
                              int paragraph) {
        String[] words = new String[spans.length];
        String[] straight = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            words[i] = content.substring(spans[i].getStart(), spans[i].getEnd());
            straight[i] = words[i].replace('\u2019', '\'');
        }
        // The tagger knows clitics only with a straight apostrophe: "Russia's" is PROPN+PART, "Russia’s" is ADJ.
        String[] tags = tagGreedily(straight);
        List<Token> tokens = new ArrayList<>(spans.length + 4);
        for (int i = 0; i < spans.length; i++) {
            addSplittingClitic(tokens, words[i], offset + spans[i].getStart(), tags[i]);
        }
        return new Sentence(index, paragraph, begin, end, tokens);
    }

    /**
     * Tags left to right, keeping the best tag at each step. The model's own beam search (beam 3) scores three
     * histories per token; on 108,550 tokens of political text both gave the same tags, and this is faster. The tag
     * is the first of the most probable, as {@code POSTaggerME.getOrderedTags} orders them.
     */
    private String[] tagGreedily(String[] words) {
        String[] tags = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            tags[i] = posScorer.getOutcome(posScorer.best(posContext.getContext(i, words, Arrays.copyOf(tags, i),
                    null)));
        }
        return tags;
    }

    /**
     * The English UD tokenizer keeps clitics on their host ("China's", "aren't") and tags the pair "PROPN+PART";
     * name matching needs the host alone, so the clitic becomes a token of its own.
     */
    private static void addSplittingClitic(List<Token> tokens, String word, int begin, String tag) {
        int plus = tag.indexOf('+');
        if (plus > 0) {
            String lower = word.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
            for (String clitic : CLITICS) {
                if (lower.endsWith(clitic) && lower.length() > clitic.length()) {
                    int cut = word.length() - clitic.length();
                    tokens.add(new Token(word.substring(0, cut), begin, begin + cut, tag.substring(0, plus)));
                    tokens.add(new Token(word.substring(cut), begin + cut, begin + word.length(),
                            tag.substring(plus + 1)));
                    return;
                }
            }
            tag = tag.substring(0, plus);
        } else if (word.length() > 2 && word.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'').endsWith("'s")
                && Character.isLetter(word.charAt(word.length() - 3))) {
            // The tagger does not always see the clitic ("Germany's" opening a sentence comes out NOUN).
            int cut = word.length() - 2;
            tokens.add(new Token(word.substring(0, cut), begin, begin + cut, tag));
            tokens.add(new Token(word.substring(cut), begin + cut, begin + word.length(), "PART"));
            return;
        }
        tokens.add(new Token(word, begin, begin + word.length(), tag));
    }

    private static final List<String> CLITICS = Words.list("clitic");
}
