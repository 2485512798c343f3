package org.geokg.meeting;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import opennlp.tools.ml.model.AbstractModel;
import org.geokg.GeoKgException;

/**
 * The learned model that gives a meeting found its confidence, the probability that it is right, by its features
 * ({@link ConfidenceFeatures}): a maxent model trained on the meetings the extractor finds in the training part of the
 * annotated articles, each labelled right when most of its participant pairs are annotated ({@code geokg
 * train-meetings}). Immutable and shared by all threads.
 */
public final class ConfidenceModel {
    /** The classpath resource of the shipped model. */
    public static final String SHIPPED = "org/geokg/models/meeting-confidence.bin";
    /** The outcome of a meeting most of whose pairs are right. */
    public static final String RIGHT = "right";
    /** The outcome of any other meeting. */
    public static final String WRONG = "wrong";

    private final AbstractModel model;

    /** A confidence model over a trained maxent model with the outcomes {@link #RIGHT} and {@link #WRONG}. */
    public ConfidenceModel(AbstractModel model) {
        this.model = model;
        if (model.getIndex(RIGHT) < 0 || model.getIndex(WRONG) < 0) {
            throw new GeoKgException("a confidence model needs the outcomes " + RIGHT + " and " + WRONG);
        }
    }

    /** The model shipped in the jar, when the build has one. */
    public static Optional<ConfidenceModel> shipped() {
        return MaxentFiles.resource(SHIPPED, "meeting confidence model").map(ConfidenceModel::new);
    }

    /** Writes the model in OpenNLP's binary format. */
    public void write(OutputStream out) throws IOException {
        MaxentFiles.write(model, out);
    }

    /** The features of a meeting, as the model reads them. */
    public static String[] features(Meeting meeting) {
        return ConfidenceFeatures.of(meeting).toArray(new String[0]);
    }

    /** The meeting with its confidence set to the probability that it is right, to three decimals. */
    Meeting calibrate(Meeting m) {
        double p = model.eval(features(m))[model.getIndex(RIGHT)];
        double confidence = Math.round(p * 1000) / 1000.0;
        return new Meeting(m.kind(), m.status(), m.participants(), m.host(), m.place(), m.date(), m.evidence(),
                confidence, m.rule());
    }
}
