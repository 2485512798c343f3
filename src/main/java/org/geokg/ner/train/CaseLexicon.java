package org.geokg.ner.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import com.google.gson.JsonParser;

/**
 * Builds a capitalization lexicon from unlabeled text (JSON lines with a {@code text} field, gzip):
 * for every lower-cased word seen at least {@value #MIN_COUNT} times, how often it is written with
 * a capital when not at the start of a sentence, bucketed ({@code c0} &lt; 10 %, {@code c1} &lt; 50 %,
 * {@code c2} &lt; 90 %, {@code c3} otherwise) and its frequency bucket ({@code f} = ⌊log₁₀ count⌋).
 * The output ({@code word class} lines, sorted by word) is shipped as
 * {@code /org/geokg/ner/case-lexicon.txt} and turned by {@link Gazetteers} into four case-insensitive
 * dictionaries ({@code case-c0.dictionary} ... {@code case-c3.dictionary}) embedded in the model:
 * a cheap distributional feature telling name-like words ("Mwangi", "Halvorsen") from common words
 * that happen to be capitalized ("Police", "The").
 */
public final class CaseLexicon {

    /** Minimum corpus frequency of a word to be listed. */
    public static final int MIN_COUNT = 3;

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019.-]*|[.!?:;\"\u201C\u201D]");

    private CaseLexicon() {
    }

    /** Reads the corpus files in the given order and writes the lexicon to {@code out}. */
    public static void build(List<Path> corpus, Path out) throws IOException {
        Map<String, long[]> counts = new HashMap<>();
        for (Path p : corpus) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(p), 1 << 16);
                      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    String text = JsonParser.parseString(line).getAsJsonObject().get("text").getAsString();
                    count(text, counts);
                }
            }
        }
        Map<String, String> lex = new TreeMap<>();
        counts.forEach((w, c) -> {
            if (c[0] >= MIN_COUNT) {
                double ratio = (double) c[1] / c[0];
                String cap = ratio < 0.1 ? "c0" : ratio < 0.5 ? "c1" : ratio < 0.9 ? "c2" : "c3";
                int f = (int) Math.floor(Math.log10(c[0]));
                lex.put(w, cap + "f" + Math.min(f, 5));
            }
        });
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> e : lex.entrySet()) {
                w.write(e.getKey() + " " + e.getValue() + "\n");
            }
        }
    }

    static void count(String text, Map<String, long[]> counts) {
        boolean sentenceStart = true;
        for (String paragraph : text.split("\n")) {
            sentenceStart = true;
            Matcher m = TOKEN.matcher(paragraph);
            while (m.find()) {
                String t = m.group();
                char c0 = t.charAt(0);
                if (!Character.isLetterOrDigit(c0)) {
                    sentenceStart = t.equals(".") || t.equals("!") || t.equals("?") || t.equals(":");
                    continue;
                }
                if (t.endsWith(".") && t.indexOf('.') == t.length() - 1) {
                    // "word." at sentence end; keep "U.S." style abbreviations whole
                    t = t.substring(0, t.length() - 1);
                    if (!t.isEmpty() && !sentenceStart) {
                        add(counts, t);
                    }
                    sentenceStart = true;
                    continue;
                }
                if (!sentenceStart) {
                    add(counts, t);
                }
                sentenceStart = false;
            }
        }
    }

    private static void add(Map<String, long[]> counts, String t) {
        long[] c = counts.computeIfAbsent(t.toLowerCase(Locale.ROOT), k -> new long[2]);
        c[0]++;
        if (Character.isUpperCase(t.charAt(0))) {
            c[1]++;
        }
    }
}
