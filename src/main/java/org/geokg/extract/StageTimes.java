package org.geokg.extract;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Time spent per stage, summed over the articles (and threads) that added to it: the extraction stages of
 * {@link Extractor}, and whatever stages a caller adds after them (mapping to RDF, writing to the store).
 *
 * @param nanos nanoseconds per stage, in pipeline order
 */
public record StageTimes(Map<String, Long> nanos) {
    /** The extraction stages, in the order {@link Extractor} runs them. */
    public static final List<String> EXTRACTION = List.of("sentences, tokens, POS", "names (model)", "mentions",
            "entities", "meetings", "links");

    public StageTimes {
        nanos = Collections.unmodifiableMap(new LinkedHashMap<>(nanos));
    }

    /** No time yet in any stage. */
    public static StageTimes none() {
        return new StageTimes(Map.of());
    }

    static StageTimes of(long[] extraction) {
        Map<String, Long> nanos = new LinkedHashMap<>();
        for (int i = 0; i < EXTRACTION.size(); i++) {
            nanos.put(EXTRACTION.get(i), extraction[i]);
        }
        return new StageTimes(nanos);
    }

    /** These times plus {@code other}'s, stage by stage; stages only {@code other} has come last. */
    public StageTimes plus(StageTimes other) {
        Map<String, Long> sum = new LinkedHashMap<>(nanos);
        other.nanos.forEach((stage, n) -> sum.merge(stage, n, Long::sum));
        return new StageTimes(sum);
    }

    /** These times less {@code earlier}'s, stage by stage (the time spent since {@code earlier} was taken). */
    public StageTimes minus(StageTimes earlier) {
        Map<String, Long> difference = new LinkedHashMap<>(nanos);
        earlier.nanos.forEach((stage, n) -> difference.merge(stage, -n, Long::sum));
        return new StageTimes(difference);
    }

    /** These times with {@code stage} added (or increased) by {@code n} nanoseconds. */
    public StageTimes plus(String stage, long n) {
        return plus(new StageTimes(Map.of(stage, n)));
    }

    /** All stages together, in seconds. */
    public double totalSeconds() {
        return nanos.values().stream().mapToLong(Long::longValue).sum() / 1e9;
    }

    /** One line: each stage's share of the total and its seconds ("names (model) 48.1 % (9.6 s), ..."). */
    public String format() {
        double total = Math.max(1e-9, totalSeconds());
        return nanos.entrySet().stream().map(e -> String.format(Locale.ROOT, "%s %.1f %% (%.1f s)", e.getKey(),
                100 * e.getValue() / 1e9 / total, e.getValue() / 1e9)).collect(Collectors.joining(", "));
    }
}
