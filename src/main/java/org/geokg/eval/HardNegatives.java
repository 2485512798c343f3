package org.geokg.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.geokg.GeoKgException;

/**
 * The hard negatives of an annotated set ({@code negatives.tsv}: {@code doc}, {@code phrase}, why it is not a
 * meeting): phrases of an article that look like meetings but are not. A phrase may give alternatives, separated by
 * {@code " / "} or {@code "; "}, and leave words out with {@code "..."}; it is found in a sentence when the pieces
 * of one alternative occur in it in order, case, spacing and the shape of quotation marks aside.
 *
 * <pre>
 * HardNegatives negatives = HardNegatives.read(Path.of("train/negatives.tsv"));
 * boolean hit = negatives.foundIn("pmt-11573", "I will visit New York from 4 to 6 September ...");
 * </pre>
 */
public final class HardNegatives {
    private static final Pattern ALTERNATIVES = Pattern.compile(" / |; ");
    private static final Pattern GAP = Pattern.compile("\\s*(?:\\.\\.\\.|…)\\s*");

    /** For each article, its phrases, each as alternatives of pieces in order. */
    private final Map<String, List<List<List<String>>>> phrases;
    /** Whether these come from a file (so that a count of hits is kept, even of zero) or there are none at all. */
    private final boolean given;

    private HardNegatives(Map<String, List<List<List<String>>>> phrases, boolean given) {
        this.phrases = phrases;
        this.given = given;
    }

    /** No hard negatives: none are counted. */
    public static HardNegatives none() {
        return new HardNegatives(Map.of(), false);
    }

    /** Reads a {@code negatives.tsv} file; a row without a phrase is an error naming its line. */
    public static HardNegatives read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GeoKgException(file + ": cannot read: " + e.getMessage(), e);
        }
        Map<String, List<List<List<String>>>> phrases = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] cells = lines.get(i).split("\t");
            if (cells.length < 2 || cells[0].isBlank() || cells[1].isBlank()) {
                throw new GeoKgException(file + ":" + (i + 1) + ": expected doc, phrase and why, separated by tabs");
            }
            phrases.computeIfAbsent(cells[0].strip(), k -> new ArrayList<>()).add(alternatives(cells[1]));
        }
        return new HardNegatives(phrases, true);
    }

    private static List<List<String>> alternatives(String phrase) {
        List<List<String>> alternatives = new ArrayList<>();
        for (String alternative : ALTERNATIVES.split(phrase)) {
            List<String> pieces = new ArrayList<>();
            for (String piece : GAP.split(alternative)) {
                if (!normalize(piece).isEmpty()) {
                    pieces.add(normalize(piece));
                }
            }
            if (!pieces.isEmpty()) {
                alternatives.add(List.copyOf(pieces));
            }
        }
        return List.copyOf(alternatives);
    }

    /** These negatives and another's, the articles of both. */
    HardNegatives plus(HardNegatives other) {
        Map<String, List<List<List<String>>>> both = new LinkedHashMap<>(phrases);
        other.phrases.forEach((doc, list) -> both.merge(doc, list, (a, b) -> {
            List<List<List<String>>> merged = new ArrayList<>(a);
            merged.addAll(b);
            return merged;
        }));
        return new HardNegatives(both, given || other.given);
    }

    /** Only the negatives of these articles. */
    HardNegatives restrictedTo(Set<String> docs) {
        Map<String, List<List<List<String>>>> kept = new LinkedHashMap<>(phrases);
        kept.keySet().retainAll(docs);
        return new HardNegatives(kept, given);
    }

    /** Whether these are {@link #none()}, not read from a file: then hits are not counted at all. */
    public boolean isNone() {
        return !given;
    }

    /** The number of phrases. */
    public int size() {
        return phrases.values().stream().mapToInt(List::size).sum();
    }

    /** Whether a hard-negative phrase of the article is in the sentence. */
    public boolean foundIn(String doc, String sentence) {
        if (sentence == null) {
            return false;
        }
        String text = normalize(sentence);
        return phrases.getOrDefault(doc, List.of()).stream()
                .anyMatch(phrase -> phrase.stream().anyMatch(pieces -> inOrder(text, pieces)));
    }

    private static boolean inOrder(String text, List<String> pieces) {
        int from = 0;
        for (String piece : pieces) {
            int at = text.indexOf(piece, from);
            if (at < 0) {
                return false;
            }
            from = at + piece.length();
        }
        return true;
    }

    private static String normalize(String s) {
        return s.replaceAll("[‘’]", "'").replaceAll("[“”]", "\"").replaceAll("\\s+", " ").strip()
                .toLowerCase(Locale.ROOT);
    }
}
