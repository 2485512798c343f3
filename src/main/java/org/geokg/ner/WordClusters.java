package org.geokg.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import opennlp.tools.util.model.SerializableArtifact;

/**
 * Hierarchical word clusters ({@code word<TAB>path} lines, paths like {@code 3.11.5}, built by
 * {@code ner.train.WordClusterBuilder}), a name-finder model resource. A token is looked up as written, then
 * lower-cased; its clusters are the prefixes of its path, coarsest first.
 */
public final class WordClusters implements SerializableArtifact {

    /** Model resource key (the entry name in the model zip). */
    public static final String KEY = "word-clusters.clusters";
    /** Classpath location of the shipped cluster file. */
    public static final String RESOURCE = "/org/geokg/ner/word-clusters.txt";

    private final Map<String, String> paths;
    private final Map<String, String[]> prefixes;

    /** @param paths word → cluster path */
    public WordClusters(Map<String, String> paths) {
        this.paths = Collections.unmodifiableMap(new HashMap<>(paths));
        Map<String, String[]> p = new HashMap<>(paths.size() * 2);
        Map<String, String[]> byPath = new HashMap<>(); // words of one cluster share its prefixes
        paths.forEach((w, path) -> p.put(w, byPath.computeIfAbsent(path, WordClusters::prefixesOf)));
        this.prefixes = p;
    }

    /** Reads {@code word<TAB>path} lines; does not close the stream. */
    public static WordClusters read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, String> paths = new HashMap<>();
        String line;
        while ((line = r.readLine()) != null) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                paths.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return new WordClusters(paths);
    }

    /** The shipped cluster file. */
    public static WordClusters shipped() throws IOException {
        try (InputStream in = WordClusters.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("Missing classpath resource " + RESOURCE);
            }
            return read(in);
        }
    }

    /** Writes {@code word<TAB>path} lines sorted by word; flushes but does not close the stream. */
    public void write(OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (Map.Entry<String, String> e : new TreeMap<>(paths).entrySet()) {
            w.write(e.getKey() + "\t" + e.getValue() + "\n");
        }
        w.flush();
    }

    /** The token's cluster path prefixes, coarsest first, or null when the word is not clustered. */
    public String[] clusters(String token) {
        String[] p = prefixes.get(token);
        if (p != null || token.isEmpty() || !Character.isUpperCase(token.charAt(0))) {
            return p;
        }
        return prefixes.get(token.toLowerCase(Locale.ROOT));
    }

    /** Number of clustered words. */
    public int size() {
        return paths.size();
    }

    @Override
    public Class<?> getArtifactSerializerClass() {
        return WordClustersSerializer.class;
    }

    private static String[] prefixesOf(String path) {
        String[] parts = path.split("\\.");
        String[] out = new String[parts.length];
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            sb.append(i == 0 ? "" : ".").append(parts[i]);
            out[i] = sb.toString().intern();
        }
        return out;
    }
}
