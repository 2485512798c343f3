package org.geokg.syntax;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;
import org.geokg.GeoKgException;

/**
 * A trained dependency parser model: the relation labels, the word clusters, the tag dictionary and the
 * averaged-perceptron weights of the features of {@link Features}. Loaded once (the shipped model from the
 * classpath, or a file from {@code geokg train-parser}), immutable and shared by all threads; each thread parses with
 * its own {@link DependencyParser}.
 *
 * <pre>
 * DependencyModel model = DependencyModel.shipped();
 * Parse parse = model.newParser().parse(sentence);
 * </pre>
 */
public final class DependencyModel {
    /** The classpath resource of the shipped English model, trained on UD English EWT. */
    public static final String SHIPPED = "org/geokg/models/parser-en.bin";
    private static final String MAGIC = "GEOKG-DEPENDENCY-MODEL";
    private static final int FORMAT = 1;
    private static final int MAX_LABELS = 126;

    private final List<String> labels;
    private final int rootLabel;
    private final WeightTable weights;
    private final Clusters clusters;
    private final TagDictionary dictionary;

    /**
     * A model of labels and weights.
     *
     * @param labels     the relation labels; the class of a label is its position (see {@link Transition})
     * @param weights    the feature weights
     * @param clusters   the word clusters its features read
     * @param dictionary the ambiguity classes of words its features read
     */
    public DependencyModel(List<String> labels, WeightTable weights, Clusters clusters, TagDictionary dictionary) {
        this.clusters = clusters;
        this.dictionary = dictionary;
        this.labels = List.copyOf(labels);
        this.rootLabel = this.labels.indexOf(Parse.ROOT);
        this.weights = weights;
        if (rootLabel < 0 || this.labels.size() > MAX_LABELS) {
            throw new IllegalArgumentException("a model needs the label '" + Parse.ROOT + "' and at most "
                    + MAX_LABELS + " labels: " + labels);
        }
    }

    /** The shipped English model, read from the classpath. */
    public static DependencyModel shipped() {
        InputStream in = DependencyModel.class.getClassLoader().getResourceAsStream(SHIPPED);
        if (in == null) {
            throw new GeoKgException("Classpath must contain '" + SHIPPED + "' (the shipped parser model)");
        }
        try (in) {
            return read(in, SHIPPED);
        } catch (IOException e) {
            throw new GeoKgException(SHIPPED + ": cannot read the parser model: " + e.getMessage(), e);
        }
    }

    /** Reads a model file; a missing, unreadable or malformed file fails with one line that names it. */
    public static DependencyModel load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new GeoKgException(file + ": no such parser model file");
        } catch (IOException e) {
            throw new GeoKgException(file + ": cannot read the parser model: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a model from a stream.
     *
     * @param name what the stream is, for error messages
     */
    public static DependencyModel read(InputStream stream, String name) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 1 << 16));
        byte[] magic = new byte[MAGIC.length()];
        try {
            in.readFully(magic);
        } catch (EOFException e) {
            throw new GeoKgException(name + ": not a GeoKG parser model (the file is too short)");
        }
        if (!MAGIC.equals(new String(magic, java.nio.charset.StandardCharsets.US_ASCII))) {
            throw new GeoKgException(name + ": not a GeoKG parser model (it does not begin with " + MAGIC + ")");
        }
        int format = in.readInt();
        int features = in.readInt();
        if (format != FORMAT || features != Features.VERSION) {
            throw new GeoKgException(name + ": parser model of format " + format + " with features " + features
                    + "; this GeoKG reads format " + FORMAT + " with features " + Features.VERSION);
        }
        try {
            DataInputStream body = new DataInputStream(new BufferedInputStream(new InflaterInputStream(in), 1 << 16));
            int count = body.readUnsignedByte();
            List<String> labels = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                labels.add(body.readUTF());
            }
            Clusters clusters = Clusters.read(body);
            TagDictionary dictionary = TagDictionary.read(body);
            return new DependencyModel(labels, WeightTable.read(body), clusters, dictionary);
        } catch (EOFException | ZipException | IllegalArgumentException e) {
            throw new GeoKgException(name + ": damaged parser model (" + e + ")", e);
        }
    }

    /** Writes the model; equal models give equal bytes. */
    public void write(OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16));
        out.write(MAGIC.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        out.writeInt(FORMAT);
        out.writeInt(Features.VERSION);
        out.flush();
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            DeflaterOutputStream zip = new DeflaterOutputStream(stream, deflater, 1 << 16);
            DataOutputStream body = new DataOutputStream(new BufferedOutputStream(zip, 1 << 16));
            body.writeByte(labels.size());
            for (String label : labels) {
                body.writeUTF(label);
            }
            clusters.write(body);
            dictionary.write(body);
            weights.write(body);
            body.flush();
            zip.finish();
            stream.flush();
        } finally {
            deflater.end();
        }
    }

    /** A new parser for the calling thread; parsers are not thread-safe. */
    public DependencyParser newParser() {
        return new DependencyParser(this);
    }

    /** The relation labels, in class order. */
    public List<String> labels() {
        return labels;
    }

    /** The position of the label {@code root}. */
    public int rootLabel() {
        return rootLabel;
    }

    /** The word clusters. */
    public Clusters clusters() {
        return clusters;
    }

    /** The ambiguity classes of words. */
    public TagDictionary dictionary() {
        return dictionary;
    }

    /** The feature weights. */
    public WeightTable weights() {
        return weights;
    }
}
