package org.geokg.syntax.train;

import java.util.Arrays;
import org.geokg.syntax.WeightTable;

/**
 * A multi-class averaged perceptron over hashed features (Collins 2002), sparse: a feature holds weights only for
 * the classes it was updated for. Averaging is lazy (Daumé's trick): beside each weight {@code w} the sum of
 * {@code t * delta} of its updates is kept, and the average after {@code T} examples is {@code w - sum / T}.
 * Single-threaded and deterministic.
 */
final class Perceptron {
    private final int classes;
    private long[] keys = new long[1 << 16];
    private int[] rowOf = new int[1 << 16];
    private int size;
    private short[][] rowClasses = new short[1 << 12][];
    private double[][] rowWeights = new double[1 << 12][];
    private double[][] rowSums = new double[1 << 12][];
    private int[] rowLength = new int[1 << 12];
    private long time = 1;

    Perceptron(int classes) {
        this.classes = classes;
    }

    /** Adds the current weights of the features to the scores of their classes. */
    void score(long[] features, double[] scores) {
        for (long key : features) {
            int row = find(key);
            if (row >= 0) {
                short[] cls = rowClasses[row];
                double[] w = rowWeights[row];
                for (int e = 0, len = rowLength[row]; e < len; e++) {
                    scores[cls[e]] += w[e];
                }
            }
        }
    }

    /** Moves the weights of the features toward {@code good} and away from {@code bad}. */
    void update(long[] features, int good, int bad) {
        for (long key : features) {
            int row = findOrAdd(key);
            add(row, good, 1);
            add(row, bad, -1);
        }
    }

    /** Counts one example (a state), updated or not: the clock of the averages. */
    void tick() {
        time++;
    }

    private void add(int row, int cls, double delta) {
        short[] c = rowClasses[row];
        int len = rowLength[row];
        int e = 0;
        while (e < len && c[e] != cls) {
            e++;
        }
        if (e == len) {
            if (len == c.length) {
                int grown = Math.min(classes, Math.max(2, len * 2));
                rowClasses[row] = c = Arrays.copyOf(c, grown);
                rowWeights[row] = Arrays.copyOf(rowWeights[row], grown);
                rowSums[row] = Arrays.copyOf(rowSums[row], grown);
            }
            c[e] = (short) cls;
            rowLength[row] = len + 1;
        }
        rowWeights[row][e] += delta;
        rowSums[row][e] += time * delta;
    }

    private int find(long key) {
        int mask = keys.length - 1;
        for (int slot = slot(key, mask); keys[slot] != 0; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return rowOf[slot];
            }
        }
        return -1;
    }

    private int findOrAdd(long key) {
        int mask = keys.length - 1;
        int slot = slot(key, mask);
        for (; keys[slot] != 0; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return rowOf[slot];
            }
        }
        if (size >= rowLength.length) {
            int grown = rowLength.length * 2;
            rowClasses = Arrays.copyOf(rowClasses, grown);
            rowWeights = Arrays.copyOf(rowWeights, grown);
            rowSums = Arrays.copyOf(rowSums, grown);
            rowLength = Arrays.copyOf(rowLength, grown);
        }
        int row = size++;
        rowClasses[row] = new short[2];
        rowWeights[row] = new double[2];
        rowSums[row] = new double[2];
        keys[slot] = key;
        rowOf[slot] = row;
        if (size * 2L > keys.length) {
            rehash();
        }
        return row;
    }

    private static int slot(long key, int mask) {
        return (int) (key ^ (key >>> 29)) & mask;
    }

    private void rehash() {
        long[] oldKeys = keys;
        int[] oldRows = rowOf;
        keys = new long[oldKeys.length * 2];
        rowOf = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = slot(oldKeys[i], mask);
                while (keys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                rowOf[slot] = oldRows[i];
            }
        }
    }

    /** Number of features with weights. */
    int features() {
        return size;
    }

    /**
     * The averaged weights as a table, rounded to 16 bits; weights whose magnitude stays below {@code prune}
     * after rounding are left out, and features left without weights.
     */
    WeightTable average(double prune) {
        long[] sorted = new long[size];
        int f = 0;
        for (long key : keys) {
            if (key != 0) {
                sorted[f++] = key;
            }
        }
        Arrays.sort(sorted);
        long[] kept = new long[size];
        int[] offsets = new int[size + 1];
        int entries = 0;
        for (int row = 0; row < size; row++) {
            entries += rowLength[row];
        }
        short[] cls = new short[entries];
        float[] weights = new float[entries];
        int features = 0;
        int at = 0;
        for (long key : sorted) {
            int row = find(key);
            int begin = at;
            short[] c = rowClasses[row];
            int[] order = sortedClasses(c, rowLength[row]);
            for (int e : order) {
                float w = WeightTable.round((float) (rowWeights[row][e] - rowSums[row][e] / time));
                if (Math.abs(w) > prune) {
                    cls[at] = c[e];
                    weights[at] = w;
                    at++;
                }
            }
            if (at > begin) {
                kept[features] = key;
                offsets[++features] = at;
            }
        }
        return new WeightTable(Arrays.copyOf(kept, features), Arrays.copyOf(offsets, features + 1),
                Arrays.copyOf(cls, at), Arrays.copyOf(weights, at));
    }

    /** The positions of a row's entries in the order of their classes. */
    private static int[] sortedClasses(short[] c, int length) {
        Integer[] order = new Integer[length];
        for (int i = 0; i < length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Short.compare(c[a], c[b]));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }
}
