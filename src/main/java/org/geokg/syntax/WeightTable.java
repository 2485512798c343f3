package org.geokg.syntax;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The weights of a model: for each feature (a hashed key), the classes it has a weight for and those weights. Sparse
 * (a feature holds weights for the few classes training updated it for) and read-only; lookups go through an
 * open-addressing table of the keys, each slot one {@code long} holding its key above where its weights are, so that
 * a lookup touches two places in memory. The table is at most half full; one {@code long} a slot instead of two made
 * the parser's weights 29 MB instead of 42. Weights are kept to 16 bits (the top half of a float, bfloat16), in
 * memory and in the file.
 *
 * <p>Immutable and thread-safe.
 */
public final class WeightTable {
    /** The low bits of a slot that say where its feature's entries begin; the key is above them. */
    private static final int START_BITS = Long.SIZE - Features.KEY_BITS;
    private static final long START_MASK = (1L << START_BITS) - 1;

    private final int features;
    /** Per slot, a key above where its entries begin in {@link #entries}; 0 for an empty slot. */
    private final long[] slots;
    /**
     * Per feature, its number of weights n, then n weights, each with its class in the high 16 bits and the weight in
     * the low 16 (the top half of a float).
     */
    private final int[] entries;
    private final int mask;

    /**
     * A table of features sorted by key.
     *
     * @param keys    the feature keys, ascending, unique, not 0 and of at most {@link Features#KEY_BITS} bits
     * @param offsets where each feature's entries begin in {@code classes} and {@code weights}, and the end
     * @param classes the class of each entry
     * @param weights the weight of each entry
     */
    public WeightTable(long[] keys, int[] offsets, short[] classes, float[] weights) {
        if (offsets.length != keys.length + 1 || classes.length != weights.length
                || offsets[keys.length] != classes.length) {
            throw new IllegalArgumentException("inconsistent weight table: " + keys.length + " keys, "
                    + offsets.length + " offsets, " + classes.length + " classes, " + weights.length + " weights");
        }
        if ((long) keys.length + classes.length > START_MASK) {
            throw new IllegalArgumentException("too many weights for a table: " + classes.length);
        }
        this.features = keys.length;
        int capacity = Integer.highestOneBit(Math.max(4, 2 * keys.length) - 1) << 1;
        this.mask = capacity - 1;
        this.slots = new long[capacity];
        this.entries = new int[keys.length + classes.length];
        int[] starts = entryStarts(offsets);
        for (int f = 0; f < keys.length; f++) {
            if (keys[f] == 0 || keys[f] >>> Features.KEY_BITS != 0) {
                throw new IllegalArgumentException("not a feature key: " + keys[f]);
            }
            int slot = slot(keys[f]);
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            int next = starts[f];
            slots[slot] = (keys[f] << START_BITS) | next;
            entries[next++] = offsets[f + 1] - offsets[f];
            for (int e = offsets[f]; e < offsets[f + 1]; e++) {
                entries[next++] = (classes[e] << 16) | (Float.floatToRawIntBits(round(weights[e])) >>> 16);
            }
        }
    }

    /**
     * Where each feature's entries begin: those of the features with weights for the most classes first. Those come
     * up most, so their weights lie side by side at the start of {@link #entries}, in fewer cache lines than among
     * the others. Parsing took 0.88-0.96 of the time it took with the features in key order (docs/performance.md).
     */
    private static int[] entryStarts(int[] offsets) {
        int features = offsets.length - 1;
        int most = 0;
        for (int f = 0; f < features; f++) {
            most = Math.max(most, offsets[f + 1] - offsets[f]);
        }
        int[] groupStart = new int[most + 2]; // per number of weights, from the most down, where its features begin
        for (int f = 0; f < features; f++) {
            int count = offsets[f + 1] - offsets[f];
            groupStart[most - count + 1] += 1 + count;
        }
        for (int g = 1; g < groupStart.length; g++) {
            groupStart[g] += groupStart[g - 1];
        }
        int[] starts = new int[features];
        for (int f = 0; f < features; f++) {
            int count = offsets[f + 1] - offsets[f];
            starts[f] = groupStart[most - count];
            groupStart[most - count] += 1 + count;
        }
        return starts;
    }

    private int slot(long key) {
        return (int) (key ^ (key >>> 29)) & mask;
    }

    /** Adds the weights of the features to the scores of their classes. */
    public void score(long[] keys, int count, float[] scores) {
        for (int i = 0; i < count; i++) {
            long key = keys[i];
            int slot = slot(key);
            long held;
            while ((held = slots[slot]) != 0) {
                if (held >>> START_BITS == key) {
                    int start = (int) (held & START_MASK);
                    for (int e = start + 1, end = e + entries[start]; e < end; e++) {
                        int entry = entries[e];
                        scores[entry >>> 16] += Float.intBitsToFloat(entry << 16);
                    }
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
    }

    /** The keys, ascending. */
    private long[] sortedKeys() {
        long[] keys = new long[features];
        int f = 0;
        for (long held : slots) {
            if (held != 0) {
                keys[f++] = held >>> START_BITS;
            }
        }
        java.util.Arrays.sort(keys);
        return keys;
    }

    /** Where the weights of a key that the table holds begin in {@link #entries} (its count is just before). */
    private int firstWeight(long key) {
        int slot = slot(key);
        while (slots[slot] >>> START_BITS != key) {
            slot = (slot + 1) & mask;
        }
        return (int) (slots[slot] & START_MASK) + 1;
    }

    /** This table without the weights of magnitude {@code threshold} or less, and the features left without any. */
    public WeightTable pruned(double threshold) {
        long[] keys = sortedKeys();
        long[] kept = new long[features];
        int[] offsets = new int[features + 1];
        short[] cls = new short[entries()];
        float[] w = new float[entries()];
        int at = 0;
        int k = 0;
        for (long key : keys) {
            int begin = at;
            for (int e = firstWeight(key), end = e + entries[e - 1]; e < end; e++) {
                float weight = Float.intBitsToFloat(entries[e] << 16);
                if (Math.abs(weight) > threshold) {
                    cls[at] = (short) (entries[e] >>> 16);
                    w[at++] = weight;
                }
            }
            if (at > begin) {
                kept[k] = key;
                offsets[++k] = at;
            }
        }
        return new WeightTable(java.util.Arrays.copyOf(kept, k), java.util.Arrays.copyOf(offsets, k + 1),
                java.util.Arrays.copyOf(cls, at), java.util.Arrays.copyOf(w, at));
    }

    /** Number of features. */
    public int features() {
        return features;
    }

    /** Number of weights. */
    public int entries() {
        return entries.length - features;
    }

    /** A weight as stored: the top 16 bits of the float, rounded to nearest even. */
    public static float round(float weight) {
        int bits = Float.floatToRawIntBits(weight);
        int rounded = bits + 0x7FFF + ((bits >>> 16) & 1);
        return Float.intBitsToFloat(rounded & 0xFFFF0000);
    }

    /** Writes the table: keys delta-coded in ascending order, then each feature's classes and 16-bit weights. */
    void write(DataOutput out) throws IOException {
        long[] keys = sortedKeys();
        int[] firsts = new int[features];
        for (int i = 0; i < features; i++) {
            firsts[i] = firstWeight(keys[i]);
        }
        out.writeInt(features);
        out.writeInt(entries());
        long previous = 0;
        for (int i = 0; i < features; i++) {
            writeVarLong(out, keys[i] - previous);
            previous = keys[i];
            out.writeByte(entries[firsts[i] - 1]);
        }
        for (int i = 0; i < features; i++) {
            for (int e = firsts[i], end = e + entries[e - 1]; e < end; e++) {
                out.writeByte(entries[e] >>> 16);
            }
        }
        for (int i = 0; i < features; i++) {
            for (int e = firsts[i], end = e + entries[e - 1]; e < end; e++) {
                out.writeShort(entries[e] & 0xFFFF);
            }
        }
    }

    /** Reads a table written by {@link #write}. */
    static WeightTable read(DataInput in) throws IOException {
        int features = in.readInt();
        int entries = in.readInt();
        if (features < 0 || entries < 0 || entries > 256L * features) {
            throw new IOException("bad weight table size: " + features + " features, " + entries + " weights");
        }
        long[] keys = new long[features];
        int[] offsets = new int[features + 1];
        long key = 0;
        for (int i = 0; i < features; i++) {
            key += readVarLong(in);
            keys[i] = key;
            offsets[i + 1] = offsets[i] + in.readUnsignedByte();
        }
        if (offsets[features] != entries) {
            throw new IOException("bad weight table: " + offsets[features] + " weights listed, " + entries
                    + " declared");
        }
        short[] classes = new short[entries];
        for (int e = 0; e < entries; e++) {
            classes[e] = (short) in.readUnsignedByte();
        }
        float[] weights = new float[entries];
        for (int e = 0; e < entries; e++) {
            weights[e] = Float.intBitsToFloat(in.readUnsignedShort() << 16);
        }
        return new WeightTable(keys, offsets, classes, weights);
    }

    private static void writeVarLong(DataOutput out, long v) throws IOException {
        while ((v & ~0x7FL) != 0) {
            out.writeByte((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.writeByte((int) v);
    }

    private static long readVarLong(DataInput in) throws IOException {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IOException("bad variable-length number");
    }
}
