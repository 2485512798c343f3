package org.geokg.ner.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

import com.google.gson.JsonParser;

/**
 * Builds hierarchical distributional word clusters from unlabeled text (JSON lines with a
 * {@code text} field, gzip), a stand-in for Brown clusters: every frequent word is described by the
 * positive pointwise mutual information of its left and right neighbours among the most frequent
 * words, and the words are split top-down by spherical k-means (k-means++ seeding from a fixed
 * seed), first into {@code branching[0]} clusters, each of them into {@code branching[1]}, and so on.
 * A word's cluster is its path, e.g. {@code 3.11.5}; the prefixes of the path are coarser clusters,
 * like the bit prefixes of Brown clusters. Single-threaded and deterministic: the same corpus and
 * {@link Settings} give the same file ({@code word<TAB>path} lines sorted by word).
 */
public final class WordClusterBuilder {

    /**
     * @param vocabulary how many of the most frequent words get a cluster
     * @param contexts how many of the most frequent words serve as left/right contexts
     * @param minCount minimum corpus frequency of a clustered word
     * @param branching clusters per level, top-down
     * @param iterations k-means iterations per split
     * @param seed random seed of the k-means++ seeding
     */
    public record Settings(int vocabulary, int contexts, int minCount, List<Integer> branching, int iterations,
                           long seed) {

        /** Copies the branching list. */
        public Settings {
            branching = List.copyOf(branching);
        }

        /** The settings of the shipped cluster file. */
        public static Settings defaults() {
            return new Settings(50_000, 1_000, 5, List.of(16, 16, 8), 12, 20261128L);
        }
    }

    private WordClusterBuilder() {
    }

    /** Reads the corpus files in the given order and writes the clusters to {@code out}. */
    public static void build(List<Path> corpus, Path out, Settings settings) throws IOException {
        CorpusTokenizer tokenizer = new CorpusTokenizer();
        Map<String, int[]> counts = new HashMap<>();
        forEachParagraph(corpus, tokenizer, p -> p.forEach(t -> counts.computeIfAbsent(t, k -> new int[1])[0]++));
        List<String> vocab = counts.entrySet().stream().filter(e -> e.getValue()[0] >= settings.minCount())
                .sorted(Comparator.<Map.Entry<String, int[]>>comparingInt(e -> -e.getValue()[0])
                        .thenComparing(Map.Entry::getKey))
                .limit(settings.vocabulary()).map(Map.Entry::getKey).toList();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < vocab.size(); i++) {
            index.put(vocab.get(i), i);
        }
        int c = Math.min(settings.contexts(), vocab.size());
        int dims = 2 * (c + 1); // left contexts, boundary; right contexts, boundary
        int[][] cooc = new int[vocab.size()][dims];
        forEachParagraph(corpus, tokenizer, p -> {
            int[] ids = p.stream().mapToInt(t -> index.getOrDefault(t, -1)).toArray();
            for (int i = 0; i < ids.length; i++) {
                if (ids[i] < 0) {
                    continue;
                }
                int left = i == 0 ? c : ids[i - 1] >= 0 && ids[i - 1] < c ? ids[i - 1] : -1;
                int right = i + 1 == ids.length ? c : ids[i + 1] >= 0 && ids[i + 1] < c ? ids[i + 1] : -1;
                if (left >= 0) {
                    cooc[ids[i]][left]++;
                }
                if (right >= 0) {
                    cooc[ids[i]][c + 1 + right]++;
                }
            }
        });
        SparseRow[] rows = ppmi(cooc, dims);
        int[][] paths = new int[vocab.size()][settings.branching().size()];
        int[] all = new int[vocab.size()];
        Arrays.setAll(all, i -> i);
        split(rows, all, 0, paths, dims, settings, new Random(settings.seed()));
        Map<String, String> sorted = new TreeMap<>();
        for (int i = 0; i < vocab.size(); i++) {
            StringBuilder sb = new StringBuilder();
            for (int l = 0; l < paths[i].length; l++) {
                sb.append(l == 0 ? "" : ".").append(paths[i][l]);
            }
            sorted.put(vocab.get(i), sb.toString());
        }
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> e : sorted.entrySet()) {
                w.write(e.getKey() + "\t" + e.getValue() + "\n");
            }
        }
    }

    private static void forEachParagraph(List<Path> corpus, CorpusTokenizer tokenizer, Consumer<List<String>> sink)
            throws IOException {
        for (Path p : corpus) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(p), 1 << 16);
                 BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (!line.isBlank()) {
                        String text = JsonParser.parseString(line).getAsJsonObject().get("text").getAsString();
                        tokenizer.tokenize(text).forEach(sink);
                    }
                }
            }
        }
    }

    /** A unit-length sparse vector. */
    record SparseRow(int[] index, double[] value) {

        double dot(double[] dense) {
            double s = 0;
            for (int k = 0; k < index.length; k++) {
                s += value[k] * dense[index[k]];
            }
            return s;
        }
    }

    /** Positive PMI with context-distribution smoothing (exponent 0.75), rows normalized to unit length. */
    static SparseRow[] ppmi(int[][] cooc, int dims) {
        double[] colSum = new double[dims];
        double total = 0;
        double[] rowSum = new double[cooc.length];
        for (int w = 0; w < cooc.length; w++) {
            for (int d = 0; d < dims; d++) {
                colSum[d] += cooc[w][d];
                rowSum[w] += cooc[w][d];
            }
            total += rowSum[w];
        }
        double smoothed = 0;
        for (double s : colSum) {
            smoothed += Math.pow(s, 0.75);
        }
        SparseRow[] rows = new SparseRow[cooc.length];
        for (int w = 0; w < cooc.length; w++) {
            int n = 0;
            int[] idx = new int[dims];
            double[] val = new double[dims];
            double norm = 0;
            for (int d = 0; d < dims; d++) {
                if (cooc[w][d] == 0) {
                    continue;
                }
                double pmi = Math.log(cooc[w][d] / rowSum[w] / (Math.pow(colSum[d], 0.75) / smoothed));
                if (pmi > 0) {
                    idx[n] = d;
                    val[n] = pmi;
                    norm += pmi * pmi;
                    n++;
                }
            }
            double inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
            double[] v = Arrays.copyOf(val, n);
            for (int k = 0; k < n; k++) {
                v[k] *= inv;
            }
            rows[w] = new SparseRow(Arrays.copyOf(idx, n), v);
        }
        return rows;
    }

    private static void split(SparseRow[] rows, int[] members, int level, int[][] paths, int dims, Settings s,
                              Random random) {
        if (level == s.branching().size()) {
            return;
        }
        int k = Math.min(s.branching().get(level), members.length);
        int[] assign = kmeans(rows, members, k, dims, s.iterations(), random);
        for (int j = 0; j < k; j++) {
            List<Integer> sub = new ArrayList<>();
            for (int m = 0; m < members.length; m++) {
                if (assign[m] == j) {
                    paths[members[m]][level] = j;
                    sub.add(members[m]);
                }
            }
            if (!sub.isEmpty()) {
                split(rows, sub.stream().mapToInt(Integer::intValue).toArray(), level + 1, paths, dims, s, random);
            }
        }
    }

    /** Spherical k-means over the member rows; returns the cluster of each member. */
    static int[] kmeans(SparseRow[] rows, int[] members, int k, int dims, int iterations, Random random) {
        double[][] centers = new double[k][];
        // k-means++ seeding on cosine distance
        double[] best = new double[members.length];
        Arrays.fill(best, Double.NEGATIVE_INFINITY);
        int first = random.nextInt(members.length);
        centers[0] = dense(rows[members[first]], dims);
        for (int j = 1; j < k; j++) {
            double sum = 0;
            double[] weight = new double[members.length];
            for (int m = 0; m < members.length; m++) {
                best[m] = Math.max(best[m], rows[members[m]].dot(centers[j - 1]));
                double dist = 1 - best[m];
                weight[m] = dist * dist;
                sum += weight[m];
            }
            double r = random.nextDouble() * sum;
            int pick = members.length - 1;
            for (int m = 0; m < members.length; m++) {
                r -= weight[m];
                if (r <= 0) {
                    pick = m;
                    break;
                }
            }
            centers[j] = dense(rows[members[pick]], dims);
        }
        int[] assign = new int[members.length];
        for (int it = 0; it < iterations; it++) {
            boolean changed = false;
            for (int m = 0; m < members.length; m++) {
                SparseRow row = rows[members[m]];
                int arg = 0;
                double max = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < k; j++) {
                    double sim = row.dot(centers[j]);
                    if (sim > max) {
                        max = sim;
                        arg = j;
                    }
                }
                if (it == 0 || assign[m] != arg) {
                    changed = true;
                }
                assign[m] = arg;
            }
            if (!changed) {
                break;
            }
            double[][] sums = new double[k][dims];
            for (int m = 0; m < members.length; m++) {
                SparseRow row = rows[members[m]];
                for (int q = 0; q < row.index().length; q++) {
                    sums[assign[m]][row.index()[q]] += row.value()[q];
                }
            }
            for (int j = 0; j < k; j++) {
                double norm = 0;
                for (double v : sums[j]) {
                    norm += v * v;
                }
                if (norm > 0) { // an empty cluster keeps its centre
                    double inv = 1 / Math.sqrt(norm);
                    for (int d = 0; d < dims; d++) {
                        sums[j][d] *= inv;
                    }
                    centers[j] = sums[j];
                }
            }
        }
        return assign;
    }

    private static double[] dense(SparseRow row, int dims) {
        double[] d = new double[dims];
        for (int q = 0; q < row.index().length; q++) {
            d[row.index()[q]] = row.value()[q];
        }
        return d;
    }
}
