package org.geokg.nlp;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;

/**
 * The weights of an OpenNLP GIS model laid out for fast scoring, with the same arithmetic as {@link GISModel#eval}.
 *
 * <p>{@code GISModel} keeps its weights in a {@code HashMap} of feature strings to {@code Context} objects, so one
 * feature costs about seven dependent memory reads (table, node, key, key bytes, context, outcomes, weights); on
 * news text the name finder spent close to half of its time there. Here a feature is found by a 64-bit fingerprint
 * of its text in an open-addressing table of one {@code long} per slot, at most half full: the fingerprint's high
 * bits above the start of the feature's weights (the low k bits, as many as the starts need: 21 for the name finder).
 * The outcomes and weights follow each other in one array: two reads for a known feature, one for an unknown one.
 * The fingerprint's low bits choose the slot where a search starts. No two features met in one search share their
 * high bits (checked when the table is built), so an unknown feature matches a known one with a chance of about
 * 2<sup>k-64</sup> per slot looked at (2<sup>-43</sup> for the name finder). One {@code long} a slot instead of two
 * (the fingerprint, then the start) halved the slots' memory (the name finder's take 8.4 MB) and made the lookups of
 * the name finder's features on news 3-5 % faster; a table up to two thirds full, a quarter of the memory, made
 * them 4-8 % slower.
 *
 * <p>A feature with weights for at least half of the outcomes (most of the features looked up in news text: the name
 * finder's have weights for 13 of its 17 outcomes on average) keeps them as a dense row, one weight per outcome, 0 for
 * the others: fewer bytes to read than (outcome, weight) pairs, and no outcome to decode. Adding 0 leaves a sum as it
 * is (a sum is never -0: it starts at the prior, which is below 0, and x + (-x) is +0).
 *
 * <p>Sums start at the uniform prior and add the weights in the order the features come, and probabilities use
 * {@link StrictMath#exp}, as {@code GISModel} does, so the probabilities are bit for bit the same. Immutable and
 * thread-safe.
 */
public final class GisWeights {
    /** The FNV-1a state of the empty text, for {@link #extend}. */
    public static final long FNV_START = 0xcbf29ce484222325L;
    private static final long EMPTY = 0L;
    /** The head of a dense row in {@link #entries}. */
    private static final double DENSE = -1;
    /** Sums closer than this to the highest may tie with it once exponentiated and normalized; far above rounding. */
    private static final double CLOSE = 1e-9;

    /** Per slot, the high bits of a fingerprint ({@link #check}) above the start of its entry; 0 when empty. */
    private final long[] slots;
    private final int mask;
    /** The low bits of a slot that hold the start, {@code 2^k - 1}. */
    private final long startMask;
    /**
     * Per feature: its number of outcomes n, then n pairs (outcome, weight); or, for a {@link #dense} feature, -1 and
     * then one weight per outcome.
     */
    private final double[] entries;
    private final int outcomes;
    private final double logPrior;

    private GisWeights(long[] slots, double[] entries, int outcomes) {
        this.slots = slots;
        this.mask = slots.length - 1;
        this.startMask = startMask(entries.length);
        this.entries = entries;
        this.outcomes = outcomes;
        this.logPrior = StrictMath.log(1.0 / outcomes); // UniformPrior's, as GISModel uses it
    }

    /** The weights of a GIS model. */
    public static GisWeights of(GISModel model) {
        @SuppressWarnings("unchecked")
        Map<String, Context> byFeature = (Map<String, Context>) model.getDataStructures()[1];
        int capacity = Integer.highestOneBit(Math.max(2, byFeature.size()) * 2 - 1) * 2;
        long[] slots = new long[capacity];
        int outcomes = model.getNumOutcomes();
        int size = byFeature.values().stream().mapToInt(c -> entrySize(c.getOutcomes().length, outcomes)).sum();
        long startMask = startMask(size);
        double[] entries = new double[size];
        int next = 0;
        for (Map.Entry<String, Context> feature : byOutcomesDescending(byFeature, outcomes)) {
            long fingerprint = fingerprint(feature.getKey());
            long check = check(fingerprint, startMask);
            int slot = slotOf(fingerprint, capacity - 1);
            while (slots[slot] != EMPTY) {
                if ((slots[slot] & ~startMask) == check) {
                    throw new IllegalStateException("two features share a fingerprint: " + feature.getKey());
                }
                slot = (slot + 1) & (capacity - 1);
            }
            slots[slot] = check | next;
            int[] active = feature.getValue().getOutcomes();
            double[] weights = feature.getValue().getParameters();
            if (dense(active.length, outcomes)) {
                entries[next] = DENSE;
                for (int i = 0; i < active.length; i++) {
                    entries[next + 1 + active[i]] = weights[i];
                }
                next += 1 + outcomes;
            } else {
                entries[next++] = active.length;
                for (int i = 0; i < active.length; i++) {
                    entries[next++] = active[i];
                    entries[next++] = weights[i];
                }
            }
        }
        return new GisWeights(slots, entries, outcomes);
    }

    /**
     * The features, those with weights for the most outcomes first. Those are the features that come up most (the
     * name finder's dense rows are 4 % of its features and most of its lookups), so their weights lie side by side
     * at the start of {@link #entries}, in fewer cache lines than among the others: the name finder's lookups on news
     * are about 5 % faster.
     */
    private static List<Map.Entry<String, Context>> byOutcomesDescending(Map<String, Context> byFeature,
                                                                         int outcomes) {
        int[] start = new int[outcomes + 2];
        for (Context context : byFeature.values()) {
            start[outcomes - context.getOutcomes().length + 1]++;
        }
        for (int k = 1; k < start.length; k++) {
            start[k] += start[k - 1];
        }
        @SuppressWarnings("unchecked")
        Map.Entry<String, Context>[] ordered = new Map.Entry[byFeature.size()];
        for (Map.Entry<String, Context> feature : byFeature.entrySet()) {
            ordered[start[outcomes - feature.getValue().getOutcomes().length]++] = feature;
        }
        return Arrays.asList(ordered);
    }

    /** Whether a feature with weights for {@code active} of the {@code outcomes} keeps them as a dense row. */
    private static boolean dense(int active, int outcomes) {
        return 2 * active >= outcomes;
    }

    private static int entrySize(int active, int outcomes) {
        return 1 + (dense(active, outcomes) ? outcomes : 2 * active);
    }

    /** Number of outcomes. */
    public int outcomes() {
        return outcomes;
    }

    /** Fresh sums at the model's prior, for {@link #add}. */
    public double[] priorSums() {
        double[] sums = new double[outcomes];
        Arrays.fill(sums, logPrior);
        return sums;
    }

    /**
     * Adds the weights of features {@code from} (inclusive) to {@code to} (exclusive) to the sums, in order. The
     * lookups are made in three passes (fingerprints, slots, weights) so that the memory reads of different features
     * overlap instead of waiting for each other.
     */
    public double[] add(String[] features, int from, int to, double[] sums) {
        int n = to - from;
        long[] fingerprints = new long[n];
        for (int f = 0; f < n; f++) {
            fingerprints[f] = fingerprint(features[from + f]);
        }
        return add(fingerprints, n, sums);
    }

    /** Adds the weights of the first {@code n} features, given by their {@link #fingerprint}s, to the sums, in order. */
    public double[] add(long[] fingerprints, int n, double[] sums) {
        int[] starts = new int[n];
        for (int f = 0; f < n; f++) {
            starts[f] = find(fingerprints[f]);
        }
        for (int f = 0; f < n; f++) {
            int start = starts[f];
            if (start < 0) {
                continue;
            }
            double head = entries[start];
            if (head == DENSE) {
                for (int o = 0; o < outcomes; o++) {
                    sums[o] += entries[start + 1 + o];
                }
            } else {
                int end = start + 1 + 2 * (int) head;
                for (int i = start + 1; i < end; i += 2) {
                    sums[(int) entries[i]] += entries[i + 1];
                }
            }
        }
        return sums;
    }

    /** Turns the sums into probabilities in place, as {@code GISModel} does, and returns them. */
    public double[] probabilities(double[] sums) {
        double normal = 0;
        for (int o = 0; o < outcomes; o++) {
            sums[o] = StrictMath.exp(sums[o]);
            normal += sums[o];
        }
        for (int o = 0; o < outcomes; o++) {
            sums[o] /= normal;
        }
        return sums;
    }

    /**
     * The outcome of highest probability given the features, the first of equal ones, as a scan of {@link #eval}'s
     * probabilities finds it, without their {@code exp} where no other outcome's sum comes within {@link #CLOSE} of
     * the highest: the exponential and the normalization then keep the order strict.
     */
    public int best(String[] features) {
        double[] sums = add(features, 0, features.length, priorSums());
        int best = firstHighest(sums);
        for (int o = 0; o < outcomes; o++) {
            if (o != best && sums[best] - sums[o] <= CLOSE) {
                return firstHighest(probabilities(sums));
            }
        }
        return best;
    }

    private int firstHighest(double[] values) {
        int best = 0;
        for (int o = 1; o < outcomes; o++) {
            if (values[o] > values[best]) {
                best = o;
            }
        }
        return best;
    }

    /** The probabilities of the outcomes given the features, bit for bit those of {@code GISModel.eval}. */
    public double[] eval(String[] features) {
        return probabilities(add(features, 0, features.length, priorSums()));
    }

    private int find(long fingerprint) {
        long check = check(fingerprint, startMask);
        int slot = slotOf(fingerprint, mask);
        long seen;
        while ((seen = slots[slot]) != EMPTY) {
            if ((seen & ~startMask) == check) {
                return (int) (seen & startMask);
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /** The low bits of a slot that hold a start in entries of this size: as many as the largest start needs. */
    private static long startMask(int entries) {
        return (1L << (Long.SIZE - Long.numberOfLeadingZeros(entries))) - 1;
    }

    /** The high bits of a fingerprint that its slot keeps, never 0 (which marks an empty slot). */
    private static long check(long fingerprint, long startMask) {
        long check = fingerprint & ~startMask;
        return check == EMPTY ? startMask + 1 : check;
    }

    /** The fingerprint of a feature: FNV-1a over its characters, finished by MurmurHash3's 64-bit mix; never 0. */
    public static long fingerprint(String text) {
        return finish(extend(FNV_START, text));
    }

    /**
     * The FNV-1a state after the characters of {@code text}, continuing from {@code state} ({@link #FNV_START} for
     * none), so that features sharing a prefix can be fingerprinted without building their strings:
     * {@code finish(extend(extend(FNV_START, "a="), "b"))} is {@code fingerprint("a=b")}.
     */
    public static long extend(long state, String text) {
        long h = state;
        for (int i = 0, n = text.length(); i < n; i++) {
            h = extend(h, text.charAt(i));
        }
        return h;
    }

    /** The FNV-1a state after one more character (see {@link #extend(long, String)}). */
    public static long extend(long state, char c) {
        return (state ^ c) * 0x100000001b3L;
    }

    /** The fingerprint of the text whose FNV-1a state is {@code state} (see {@link #extend}). */
    public static long finish(long state) {
        long h = state;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == EMPTY ? 1 : h;
    }

    private static int slotOf(long fingerprint, int mask) {
        return (int) fingerprint & mask;
    }
}
