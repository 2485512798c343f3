package org.geokg.ner.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.NameSampleDataStream;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;

/**
 * Reads name-finder corpora in OpenNLP format ({@code <START:type> ... <END>}, one sentence a line,
 * an empty line between documents) from a file or a directory of files, plain or gzip-compressed. A file in IOB2
 * columns, as Universal NER writes them, is read by {@link Iob2Corpus} (told by its name or its content).
 */
public final class NerCorpus {

    private NerCorpus() {
    }

    /**
     * Lists the data files: the path itself if it is a file, else the regular files of the directory
     * ending in {@code .txt}, {@code .txt.gz}, {@code .train}, {@code .gz}, {@code .iob2}, sorted by name.
     */
    public static List<Path> files(Path data) throws IOException {
        if (Files.isRegularFile(data)) {
            return List.of(data);
        }
        if (!Files.isDirectory(data)) {
            throw new IOException("No such file or directory: " + data);
        }
        try (Stream<Path> s = Files.list(data)) {
            List<Path> files = s.filter(Files::isRegularFile)
                    .filter(p -> {
                        String n = p.getFileName().toString();
                        return n.endsWith(".txt") || n.endsWith(".gz") || n.endsWith(".train") || n.endsWith(".iob2");
                    })
                    .sorted()
                    .toList();
            if (files.isEmpty()) {
                throw new IOException("No .txt/.gz/.train/.iob2 files in " + data);
            }
            return files;
        }
    }

    /** The samples split into documents: a document ends before a sample that clears the adaptive data. */
    public static List<List<NameSample>> documents(List<NameSample> samples) {
        List<List<NameSample>> documents = new ArrayList<>();
        int from = 0;
        for (int to = 1; to <= samples.size(); to++) {
            if (to == samples.size() || samples.get(to).isClearAdaptiveDataSet()) {
                documents.add(samples.subList(from, to));
                from = to;
            }
        }
        return documents;
    }

    /**
     * Reads all samples of a file or directory into memory, in file then line order; a malformed line of a file in
     * IOB2 columns is a {@link org.geokg.GeoKgException} naming the file and line.
     */
    public static List<NameSample> read(Path data) throws IOException {
        List<NameSample> samples = new ArrayList<>();
        Iob2Corpus iob2 = null;
        for (Path f : files(data)) {
            List<String> lines = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(open(f), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    lines.add(line);
                }
            }
            if (Iob2Corpus.isIob2(f, lines)) {
                iob2 = iob2 == null ? Iob2Corpus.standard() : iob2;
                samples.addAll(iob2.read(lines, f.toString()));
                continue;
            }
            // a file boundary is a document boundary
            lines.add("");
            try (ObjectStream<NameSample> in = new NameSampleDataStream(
                    ObjectStreamUtils.createObjectStream(lines))) {
                NameSample s;
                while ((s = in.read()) != null) {
                    samples.add(s);
                }
            }
        }
        return samples;
    }

    /** SHA-256 (hex) over the raw bytes of all data files, in the order of {@link #files(Path)}. */
    public static String sha256(Path data) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (Path f : files(data)) {
            try (InputStream in = Files.newInputStream(f)) {
                byte[] buf = new byte[1 << 16];
                int n;
                while ((n = in.read(buf)) > 0) {
                    md.update(buf, 0, n);
                }
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static InputStream open(Path f) throws IOException {
        InputStream in = Files.newInputStream(f);
        if (f.getFileName().toString().endsWith(".gz")) {
            return new GZIPInputStream(in, 1 << 16);
        }
        return in;
    }
}
