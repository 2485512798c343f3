package org.geokg.syntax;

import java.util.List;
import java.util.Locale;

/**
 * The features of a parser state, after Zhang and Nivre's rich non-local features for transition-based parsing
 * (2011), with lower-cased words, suffixes and word shapes added for a greedy parser over universal tags. Each
 * feature is a 40-bit hash of its template and its atoms (words, tags, labels, distance, valency, label sets) of the
 * stack tokens s0..s2, the buffer tokens b0..b2, the head and grand-head of s0, the two leftmost and rightmost
 * children of s0 and the two leftmost children of b0; and the word clusters ({@link Clusters}) of s0, s1, b0 and b1.
 *
 * <p>Holds the atoms of the current sentence: one per thread, reused from sentence to sentence.
 */
public final class Features {
    /** The version of the templates, written in models: a model is read only by the templates it was trained on. */
    public static final int VERSION = 1;
    /** The number of features of a state. */
    public static final int COUNT = 114;
    /** The hashes are cut to this many bits; a model stores them sorted and delta-coded. */
    public static final int KEY_BITS = 40;
    private static final long KEY_MASK = (1L << KEY_BITS) - 1;
    private static final long NONE = hash("<none>");
    private static final long ROOT = hash("<root>");
    private static final long NO_CLUSTER = hash("<no cluster>");

    private int n;
    private long[] word = new long[0];
    private long[] pos = new long[0];
    private long[] suffix = new long[0];
    private long[] shape = new long[0];
    private long[] cluster = new long[0];
    private long[] clusterPrefix = new long[0];
    private long[] ambiguity = new long[0];

    /** Reads the atoms of a sentence: its words, their part-of-speech tags and word clusters. */
    public void sentence(List<String> words, List<String> tags, Clusters clusters, TagDictionary dictionary) {
        n = words.size();
        if (word.length < n + 1) {
            int size = Math.max(n + 1, word.length * 2);
            word = new long[size];
            pos = new long[size];
            suffix = new long[size];
            shape = new long[size];
            cluster = new long[size];
            clusterPrefix = new long[size];
            ambiguity = new long[size];
        }
        for (int i = 0; i < n; i++) {
            String w = normalize(words.get(i));
            String tag = tags.get(i);
            int plus = tag.indexOf('+');
            word[i] = hash(w);
            pos[i] = hash(plus > 0 ? tag.substring(0, plus) : tag);
            suffix[i] = hash(w.length() > 3 ? w.substring(w.length() - 3) : w);
            shape[i] = shape(words.get(i), i);
            String path = clusters.path(words.get(i));
            cluster[i] = path == null ? NO_CLUSTER : hash(path);
            clusterPrefix[i] = path == null ? NO_CLUSTER : hash(prefix(path));
            String ambiguityClass = dictionary.ambiguityClass(w);
            ambiguity[i] = ambiguityClass == null ? NO_CLUSTER : hash("a" + ambiguityClass);
        }
        word[n] = ROOT;
        pos[n] = ROOT;
        suffix[n] = ROOT;
        shape[n] = ROOT;
        cluster[n] = ROOT;
        clusterPrefix[n] = ROOT;
        ambiguity[n] = ROOT;
    }

    /** The two coarsest levels of a cluster path: {@code 15.4} of {@code 15.4.1}. */
    private static String prefix(String path) {
        int first = path.indexOf('.');
        int second = first < 0 ? -1 : path.indexOf('.', first + 1);
        return "p" + (second < 0 ? path : path.substring(0, second));
    }

    /** Lower case, digits as 0, curly apostrophes straight. */
    static String normalize(String word) {
        StringBuilder b = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            b.append(Character.isDigit(c) ? '0' : c == '\u2019' ? '\'' : c);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** Capitalization and character class, and whether the token opens the sentence. */
    private static long shape(String word, int position) {
        int cls;
        char c = word.isEmpty() ? ' ' : word.charAt(0);
        if (Character.isUpperCase(c)) {
            cls = word.length() > 1 && word.chars().allMatch(ch -> !Character.isLowerCase(ch)) ? 2 : 1;
        } else if (Character.isLowerCase(c)) {
            cls = 0;
        } else if (Character.isDigit(c)) {
            cls = 3;
        } else {
            cls = 4;
        }
        boolean hyphen = word.indexOf('-') > 0;
        return mix(cls * 4L + (hyphen ? 2 : 0) + (position == 0 ? 1 : 0) + 0x5EED);
    }

    private long w(int i) {
        return i < 0 ? NONE : word[i];
    }

    private long p(int i) {
        return i < 0 ? NONE : pos[i];
    }

    /**
     * Writes the {@link #COUNT} features of a state into {@code out}. The state must not be
     * {@linkplain Configuration#isForced() forced}.
     */
    public void extract(Configuration c, long[] out) {
        int s0 = c.stack(0);
        int s1 = c.stack(1);
        int s2 = c.stack(2);
        int b0 = c.buffer(0);
        int b1 = c.buffer(1);
        int b2 = c.buffer(2);
        int s0h = c.head(s0);
        int s0h2 = s0h >= 0 && s0h < n ? c.head(s0h) : -1;
        int s0l = c.leftChild(s0, 1);
        int s0l2 = c.leftChild(s0, 2);
        int s0r = c.rightChild(s0, 1);
        int s0r2 = c.rightChild(s0, 2);
        int b0l = c.leftChild(b0, 1);
        int b0l2 = c.leftChild(b0, 2);
        long s0w = w(s0);
        long s0p = p(s0);
        long b0w = w(b0);
        long b0p = p(b0);
        long b1p = p(b1);
        long b2p = p(b2);
        long s0wp = mix(s0w ^ s0p);
        long b0wp = mix(b0w ^ b0p);
        long d = s0 < 0 ? 0 : distance(b0 - s0);
        long s0vl = c.leftCount(s0);
        long s0vr = c.rightCount(s0);
        long b0vl = c.leftCount(b0);
        int k = 0;
        // single tokens
        out[k] = key(k++, s0wp);
        out[k] = key(k++, s0w);
        out[k] = key(k++, s0p);
        out[k] = key(k++, b0wp);
        out[k] = key(k++, b0w);
        out[k] = key(k++, b0p);
        out[k] = key(k++, w(b1), b1p);
        out[k] = key(k++, w(b1));
        out[k] = key(k++, b1p);
        out[k] = key(k++, w(b2), b2p);
        out[k] = key(k++, w(b2));
        out[k] = key(k++, b2p);
        // pairs of s0 and b0
        out[k] = key(k++, s0wp, b0wp);
        out[k] = key(k++, s0wp, b0w);
        out[k] = key(k++, s0w, b0wp);
        out[k] = key(k++, s0wp, b0p);
        out[k] = key(k++, s0p, b0wp);
        out[k] = key(k++, s0w, b0w);
        out[k] = key(k++, s0p, b0p);
        out[k] = key(k++, b0p, b1p);
        // three tags
        out[k] = key(k++, b0p, b1p, b2p);
        out[k] = key(k++, s0p, b0p, b1p);
        out[k] = key(k++, p(s0h), s0p, b0p);
        out[k] = key(k++, s0p, p(s0l), b0p);
        out[k] = key(k++, s0p, p(s0r), b0p);
        out[k] = key(k++, s0p, b0p, p(b0l));
        // distance
        out[k] = key(k++, s0w, d);
        out[k] = key(k++, s0p, d);
        out[k] = key(k++, b0w, d);
        out[k] = key(k++, b0p, d);
        out[k] = key(k++, s0w, b0w, d);
        out[k] = key(k++, s0p, b0p, d);
        // valency
        out[k] = key(k++, s0w, s0vr);
        out[k] = key(k++, s0p, s0vr);
        out[k] = key(k++, s0w, s0vl);
        out[k] = key(k++, s0p, s0vl);
        out[k] = key(k++, b0w, b0vl);
        out[k] = key(k++, b0p, b0vl);
        // heads and children of s0 and b0
        out[k] = key(k++, w(s0h));
        out[k] = key(k++, p(s0h));
        out[k] = key(k++, label(c, s0));
        out[k] = key(k++, w(s0l));
        out[k] = key(k++, p(s0l));
        out[k] = key(k++, label(c, s0l));
        out[k] = key(k++, w(s0r));
        out[k] = key(k++, p(s0r));
        out[k] = key(k++, label(c, s0r));
        out[k] = key(k++, w(b0l));
        out[k] = key(k++, p(b0l));
        out[k] = key(k++, label(c, b0l));
        // second order
        out[k] = key(k++, w(s0h2));
        out[k] = key(k++, p(s0h2));
        out[k] = key(k++, label(c, s0h));
        out[k] = key(k++, w(s0l2));
        out[k] = key(k++, p(s0l2));
        out[k] = key(k++, label(c, s0l2));
        out[k] = key(k++, w(s0r2));
        out[k] = key(k++, p(s0r2));
        out[k] = key(k++, label(c, s0r2));
        out[k] = key(k++, w(b0l2));
        out[k] = key(k++, p(b0l2));
        out[k] = key(k++, label(c, b0l2));
        out[k] = key(k++, s0p, p(s0l), p(s0l2));
        out[k] = key(k++, s0p, p(s0r), p(s0r2));
        out[k] = key(k++, s0p, p(s0h), p(s0h2));
        out[k] = key(k++, b0p, p(b0l), p(b0l2));
        // label sets
        long s0rs = c.rightLabels(s0);
        long s0ls = c.leftLabels(s0);
        long b0ls = c.leftLabels(b0);
        out[k] = key(k++, s0w, s0rs);
        out[k] = key(k++, s0p, s0rs);
        out[k] = key(k++, s0w, s0ls);
        out[k] = key(k++, s0p, s0ls);
        out[k] = key(k++, b0w, b0ls);
        out[k] = key(k++, b0p, b0ls);
        // deeper stack, neighbours in the text, suffixes and shapes
        long s1p = p(s1);
        out[k] = key(k++, w(s1), s1p);
        out[k] = key(k++, w(s1));
        out[k] = key(k++, s1p, s0p, b0p);
        out[k] = key(k++, s1p, s0p);
        out[k] = key(k++, p(s2), s1p, s0p);
        out[k] = key(k++, s1p, label(c, s1), s0p);
        out[k] = key(k++, at(suffix, s0), at(suffix, b0));
        out[k] = key(k++, at(suffix, b0), b0p);
        out[k] = key(k++, at(suffix, s0), s0p);
        out[k] = key(k++, at(shape, s0), at(shape, b0), s0p);
        out[k] = key(k++, at(shape, b0), b0p, b1p);
        out[k] = key(k++, p(b0 - 1), b0p);
        out[k] = key(k++, p(b0 - 1), w(b0 - 1), b0p);
        out[k] = key(k++, s0p, p(s0 < 0 ? -1 : s0 + 1), p(b0 - 1), b0p);
        out[k] = key(k++, s0p, p(s0 < 0 ? -1 : s0 - 1), b0p);
        out[k] = key(k++, s0 >= 0 && s0h >= 0 ? 1 : 0, s0p, b0p);
        out[k] = key(k++, s0wp, b0wp, b1p);
        out[k] = key(k++, s0p, b0wp, b1p);
        out[k] = key(k++, s1p, s0wp, b0p);
        // word clusters
        long s0c = at(cluster, s0);
        long b0c = at(cluster, b0);
        long s0cp = at(clusterPrefix, s0);
        long b0cp = at(clusterPrefix, b0);
        long b1cp = at(clusterPrefix, b1);
        out[k] = key(k++, s0cp);
        out[k] = key(k++, s0c);
        out[k] = key(k++, b0cp);
        out[k] = key(k++, b0c);
        out[k] = key(k++, b1cp);
        out[k] = key(k++, at(cluster, b1));
        out[k] = key(k++, s0cp, b0cp);
        out[k] = key(k++, s0c, b0c);
        out[k] = key(k++, s0c, b0p);
        out[k] = key(k++, s0p, b0c);
        out[k] = key(k++, s0cp, b0cp, b1cp);
        out[k] = key(k++, b0c, b0p);
        out[k] = key(k++, s0c, s0p);
        out[k] = key(k++, at(clusterPrefix, s1), s0cp, b0cp);
        // ambiguity classes
        long s0a = at(ambiguity, s0);
        long b0a = at(ambiguity, b0);
        long b1a = at(ambiguity, b1);
        out[k] = key(k++, s0a, s0p);
        out[k] = key(k++, b0a, b0p);
        out[k] = key(k++, b1a, b1p);
        out[k] = key(k++, s0a, b0a);
        out[k] = key(k++, s0a, b0p);
        out[k] = key(k++, s0p, b0a);
        out[k] = key(k++, b0a, b1a);
        out[k] = key(k++, s0a, b0a, b1a);
        out[k] = key(k++, 1);
        if (k != COUNT) {
            throw new IllegalStateException("features: wrote " + k + ", expected " + COUNT);
        }
    }

    private long at(long[] atoms, int i) {
        return i < 0 ? NONE : atoms[i];
    }

    private static long label(Configuration c, int token) {
        return c.label(token) + 2L;
    }

    private static long distance(int d) {
        return d <= 4 ? d : d <= 6 ? 5 : d <= 9 ? 6 : 7;
    }

    private static long key(int template, long a) {
        return finish(mix(mix(template + 0x9E3779B97F4A7C15L) ^ a));
    }

    private static long key(int template, long a, long b) {
        return finish(mix(mix(mix(template + 0x9E3779B97F4A7C15L) ^ a) ^ b));
    }

    private static long key(int template, long a, long b, long c) {
        return finish(mix(mix(mix(mix(template + 0x9E3779B97F4A7C15L) ^ a) ^ b) ^ c));
    }

    private static long key(int template, long a, long b, long c, long d) {
        return finish(mix(mix(mix(mix(mix(template + 0x9E3779B97F4A7C15L) ^ a) ^ b) ^ c) ^ d));
    }

    private static long finish(long h) {
        long key = h & KEY_MASK;
        return key == 0 ? 1 : key;
    }

    /** The 64-bit hash of a string (FNV-1a, then mixed). */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** The finalizer of SplitMix64: every input bit affects every output bit. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
