package org.geokg.meeting;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import org.geokg.GeoKgException;

/**
 * The learned model that tells a meeting that took place from a planned or a called-off one, by the features of its
 * trigger ({@link StatusFeatures}): a maxent model trained on the annotated articles ({@code geokg train-meetings}).
 * Immutable and shared by all threads.
 */
public final class StatusModel {
    /** The classpath resource of the shipped model. */
    public static final String SHIPPED = "org/geokg/models/meeting-status.bin";

    private final AbstractModel model;

    /** A status model over a trained maxent model whose outcomes are the lower-case statuses. */
    public StatusModel(AbstractModel model) {
        this.model = model;
        for (Meeting.Status status : Meeting.Status.values()) {
            if (model.getIndex(status.name().toLowerCase(Locale.ROOT)) < 0) {
                throw new GeoKgException("a status model needs the outcome " + status.name().toLowerCase(Locale.ROOT));
            }
        }
    }

    /** The model shipped in the jar, when the build has one. */
    public static Optional<StatusModel> shipped() {
        InputStream in = StatusModel.class.getClassLoader().getResourceAsStream(SHIPPED);
        if (in == null) {
            return Optional.empty();
        }
        try (in) {
            return Optional.of(read(in));
        } catch (IOException e) {
            throw new GeoKgException("cannot load the meeting status model " + SHIPPED + ": " + e.getMessage(), e);
        }
    }

    private static StatusModel read(InputStream in) throws IOException {
        AbstractModel model = new GenericModelReader(new BinaryFileDataReader(
                new DataInputStream(new BufferedInputStream(in)))).getModel();
        return new StatusModel(model);
    }

    /** Writes the model in OpenNLP's binary format. */
    public void write(OutputStream out) throws IOException {
        new GenericModelWriter(model, new DataOutputStream(out)).persist();
    }

    /** The probability of a status given the features of a trigger. */
    double probability(List<String> features, Meeting.Status status) {
        double[] probabilities = model.eval(features.toArray(new String[0]));
        return probabilities[model.getIndex(status.name().toLowerCase(Locale.ROOT))];
    }
}
