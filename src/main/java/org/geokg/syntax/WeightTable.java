package org.geokg.syntax;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The weights of a model: for each feature (a hashed key), the classes it has a weight for and those weights. Sparse
 * (a feature holds weights for the few classes training updated it for) and read-only; lookups go through an
 * open-addressing table of the keys. Weights are kept to 16 bits (the top half of a float, bfloat16) in the file.
 *
 * <p>Immutable and thread-safe.
 */
public final class WeightTable {
    private final int features;
    private final long[] slots;
    private final int[] start;
    private final short[] classes;
    private final float[] weights;
    private final int mask;

    /**
     * A table of features sorted by key.
     *
     * @param keys    the feature keys, ascending, unique and not 0
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
        this.features = keys.length;
        int capacity = Integer.highestOneBit(Math.max(4, keys.length + keys.length / 3) - 1) << 1;
        this.mask = capacity - 1;
        this.slots = new long[capacity];
        int[] feature = new int[capacity];
        for (int f = 0; f < keys.length; f++) {
            int slot = slot(keys[f]);
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = keys[f];
            feature[slot] = f;
        }
        // entries in slot order, so that a slot's entries run from start[slot] to start[slot + 1]
        this.start = new int[capacity + 1];
        this.classes = new short[classes.length];
        this.weights = new float[weights.length];
        int at = 0;
        for (int slot = 0; slot < capacity; slot++) {
            start[slot] = at;
            if (slots[slot] != 0) {
                int f = feature[slot];
                int length = offsets[f + 1] - offsets[f];
                System.arraycopy(classes, offsets[f], this.classes, at, length);
                System.arraycopy(weights, offsets[f], this.weights, at, length);
                at += length;
            }
        }
        start[capacity] = at;
    }

    private int slot(long key) {
        return (int) (key ^ (key >>> 29)) & mask;
    }

    /** Adds the weights of the features to the scores of their classes. */
    public void score(long[] keys, int count, float[] scores) {
        for (int i = 0; i < count; i++) {
            long key = keys[i];
            int slot = slot(key);
            long k;
            while ((k = slots[slot]) != 0) {
                if (k == key) {
                    for (int e = start[slot], end = start[slot + 1]; e < end; e++) {
                        scores[classes[e]] += weights[e];
                    }
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
    }

    /** This table without the weights of magnitude {@code threshold} or less, and the features left without any. */
    public WeightTable pruned(double threshold) {
        long[] keys = new long[features];
        int f = 0;
        for (long key : slots) {
            if (key != 0) {
                keys[f++] = key;
            }
        }
        java.util.Arrays.sort(keys);
        long[] kept = new long[features];
        int[] offsets = new int[features + 1];
        short[] cls = new short[classes.length];
        float[] w = new float[weights.length];
        int at = 0;
        int k = 0;
        for (long key : keys) {
            int slot = find(key);
            int begin = at;
            for (int e = start[slot]; e < start[slot + 1]; e++) {
                if (Math.abs(weights[e]) > threshold) {
                    cls[at] = classes[e];
                    w[at++] = weights[e];
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
        return weights.length;
    }

    /** A weight as stored: the top 16 bits of the float, rounded to nearest even. */
    public static float round(float weight) {
        int bits = Float.floatToRawIntBits(weight);
        int rounded = bits + 0x7FFF + ((bits >>> 16) & 1);
        return Float.intBitsToFloat(rounded & 0xFFFF0000);
    }

    /** Writes the table: keys delta-coded in ascending order, then each feature's classes and 16-bit weights. */
    void write(DataOutput out) throws IOException {
        long[] keys = new long[features];
        int[] slotOf = new int[features];
        int f = 0;
        for (int slot = 0; slot < slots.length; slot++) {
            if (slots[slot] != 0) {
                keys[f++] = slots[slot];
            }
        }
        java.util.Arrays.sort(keys);
        for (int i = 0; i < features; i++) {
            slotOf[i] = find(keys[i]);
        }
        out.writeInt(features);
        out.writeInt(weights.length);
        long previous = 0;
        for (int i = 0; i < features; i++) {
            int slot = slotOf[i];
            writeVarLong(out, keys[i] - previous);
            previous = keys[i];
            out.writeByte(start[slot + 1] - start[slot]);
        }
        for (int i = 0; i < features; i++) {
            for (int e = start[slotOf[i]], end = start[slotOf[i] + 1]; e < end; e++) {
                out.writeByte(classes[e]);
            }
        }
        for (int i = 0; i < features; i++) {
            for (int e = start[slotOf[i]], end = start[slotOf[i] + 1]; e < end; e++) {
                out.writeShort(Float.floatToRawIntBits(weights[e]) >>> 16);
            }
        }
    }

    private int find(long key) {
        int slot = slot(key);
        while (slots[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
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
            throw new IOException("bad weight table: " + offsets[features] + " weights listed, " + entries + " declared");
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
