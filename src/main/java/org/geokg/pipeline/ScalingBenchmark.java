package org.geokg.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.geokg.article.Article;
import org.geokg.extract.ExtractionModels;
import org.geokg.extract.Extractor;

/**
 * Time against size: one article made by repeating real text to each size, analysed by one {@link Extractor}, as
 * written (with its sentence and line breaks) and as one paragraph with no sentence break (every line break a space,
 * every full stop, question and exclamation mark a comma). Growth is linear when the time per megabyte stays flat.
 *
 * <pre>
 * new ScalingBenchmark(models).run(seedText, ScalingBenchmark.sizes(20_000_000), System.out::println);
 * </pre>
 */
public final class ScalingBenchmark {
    /** The sizes from 10 KB up, each about twice the one before (10, 20, 50, 100, 200, 500 KB, 1 MB, ...). */
    private static final int[] STEPS = {10_000, 20_000, 50_000};

    /**
     * One measurement.
     *
     * @param breaks  whether the text kept its sentence and line breaks
     * @param chars   the article's length in characters
     * @param tokens  tokens analysed
     * @param seconds time of the analysis alone
     */
    public record Row(boolean breaks, int chars, long tokens, double seconds) {
        /** One line for people: the variant, size, tokens, seconds and seconds per megabyte. */
        public String format() {
            return String.format(Locale.ROOT, "%-16s %9s %10d tokens %8.2f s %7.2f s/MB",
                    breaks ? "sentence breaks" : "no breaks", size(chars), tokens, seconds, seconds / (chars / 1e6));
        }
    }

    private final ExtractionModels models;

    /** A scaling benchmark of an extractor over these models. */
    public ScalingBenchmark(ExtractionModels models) {
        this.models = models;
    }

    /** The sizes from 10 KB up to {@code maxChars} (10, 20, 50 KB, 100, 200, 500 KB, 1, 2, 5 MB, ...). */
    public static List<Integer> sizes(int maxChars) {
        List<Integer> sizes = new ArrayList<>();
        for (long scale = 1; ; scale *= 10) {
            for (int step : STEPS) {
                if (step * scale > maxChars) {
                    return sizes;
                }
                sizes.add((int) (step * scale));
            }
        }
    }

    /**
     * Analyses the seed text repeated to each size, with and then without sentence breaks, after a warm-up on the
     * smallest; each row goes to {@code rows} as it is measured.
     */
    public List<Row> run(String seed, List<Integer> sizes, Consumer<Row> rows) {
        if (seed.isBlank() || sizes.isEmpty()) {
            throw new IllegalArgumentException("the scaling benchmark needs a text and a size");
        }
        Extractor extractor = new Extractor(models);
        extractor.analyze(article(repeat(seed, sizes.get(0))));
        List<Row> measured = new ArrayList<>();
        for (boolean breaks : new boolean[] {true, false}) {
            String text = breaks ? seed : withoutBreaks(seed);
            for (int size : sizes) {
                Article article = article(repeat(text, size));
                long start = System.nanoTime();
                long tokens = extractor.analyze(article).text().tokenCount();
                Row row = new Row(breaks, article.text().length(), tokens, (System.nanoTime() - start) / 1e9);
                measured.add(row);
                rows.accept(row);
            }
        }
        return measured;
    }

    /** The text as one paragraph with no sentence break. */
    static String withoutBreaks(String text) {
        return text.replaceAll("\\s+", " ").replaceAll("[.!?]", ",");
    }

    /** The text repeated to {@code size} characters, cut at a space, the copies joined by a blank line or a space. */
    static String repeat(String text, int size) {
        String joint = text.contains("\n") ? "\n\n" : " ";
        String unit = text.strip() + joint;
        StringBuilder repeated = new StringBuilder(size + unit.length());
        while (repeated.length() < size) {
            repeated.append(unit);
        }
        int cut = repeated.lastIndexOf(" ", size);
        repeated.setLength(cut > size / 2 ? cut : size);
        return repeated.toString();
    }

    private static Article article(String text) {
        return new Article("scaling-" + text.length(), "scaling benchmark (" + size(text.length()) + ")", null, null,
                null, text, java.util.Map.of());
    }

    private static String size(int chars) {
        return chars >= 995_000 ? String.format(Locale.ROOT, "%.1f MB", chars / 1e6)
                : String.format(Locale.ROOT, "%.0f KB", chars / 1e3);
    }
}
