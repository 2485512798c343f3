package org.geokg.meeting;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import opennlp.tools.ml.model.AbstractModel;
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

    /**
     * A status model over a trained maxent model whose outcomes are the lower-case statuses: occurred and planned at
     * least (a model trained on articles without a called-off meeting never gives that status).
     */
    public StatusModel(AbstractModel model) {
        this.model = model;
        for (Meeting.Status status : List.of(Meeting.Status.OCCURRED, Meeting.Status.PLANNED)) {
            if (model.getIndex(status.name().toLowerCase(Locale.ROOT)) < 0) {
                throw new GeoKgException("a status model needs the outcome " + status.name().toLowerCase(Locale.ROOT));
            }
        }
    }

    /** The model shipped in the jar, when the build has one. */
    public static Optional<StatusModel> shipped() {
        return MaxentFiles.resource(SHIPPED, "meeting status model").map(StatusModel::new);
    }

    /** Writes the model in OpenNLP's binary format. */
    public void write(OutputStream out) throws IOException {
        MaxentFiles.write(model, out);
    }

    /** The probability of a status given the features of a trigger. */
    double probability(List<String> features, Meeting.Status status) {
        int index = model.getIndex(status.name().toLowerCase(Locale.ROOT));
        return index < 0 ? 0 : model.eval(features.toArray(new String[0]))[index];
    }
}
