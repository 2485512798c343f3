package org.geokg.syntax;

import java.io.BufferedReader;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Distributional word clusters as parser features, after Koo, Carreras and Collins, "Simple semi-supervised
 * dependency parsing" (2008): each word's cluster is a path of nested clusters ({@code 15.4.1}), so a word unseen in
 * the treebank or tagged wrongly still shares features with the words used like it. A model carries its clusters.
 *
 * <p>Immutable and thread-safe.
 */
public final class Clusters {
    /** No clusters: every word is unknown. */
    public static final Clusters NONE = new Clusters(Map.of());

    private final Map<String, String> paths;

    private Clusters(Map<String, String> paths) {
        this.paths = paths;
    }

    /**
     * Reads clusters in the format of {@code org/geokg/ner/word-clusters.txt}: lines {@code word TAB path}, lines
     * starting with {@code #} left out.
     */
    public static Clusters read(BufferedReader reader) throws IOException {
        Map<String, String> paths = new TreeMap<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            int tab = line.indexOf('\t');
            if (tab > 0 && !line.startsWith("#")) {
                paths.put(line.substring(0, tab), line.substring(tab + 1).strip());
            }
        }
        return new Clusters(paths);
    }

    /** The cluster path of a word as written, or else of its lower-case form, or {@code null}. */
    public String path(String word) {
        String path = paths.get(word);
        return path != null ? path : paths.get(word.toLowerCase(Locale.ROOT));
    }

    /** Number of words with a cluster. */
    public int size() {
        return paths.size();
    }

    void write(DataOutput out) throws IOException {
        out.writeInt(paths.size());
        for (var e : new TreeMap<>(paths).entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue());
        }
    }

    static Clusters read(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("bad number of clustered words: " + n);
        }
        Map<String, String> paths = new java.util.HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            paths.put(in.readUTF(), in.readUTF());
        }
        return new Clusters(paths);
    }
}
