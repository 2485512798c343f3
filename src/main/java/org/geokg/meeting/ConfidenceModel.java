package org.geokg.meeting;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import opennlp.tools.ml.model.AbstractModel;
import org.geokg.GeoKgException;
import org.geokg.nlp.AnalyzedText;
import org.geokg.resolve.ResolvedMention;

/**
 * The learned model that decides which meetings the rules propose are kept, and gives each its confidence, the
 * probability that it is right, by its features ({@link ConfidenceFeatures}): a maxent model trained on the meetings
 * the extractor finds in annotated articles, each labelled right when most of its participant pairs are annotated
 * ({@code geokg train-meetings}). A meeting below the model's threshold, which cross-validation on the training
 * articles chose, is dropped. The same cross-validation chose whether the extractor proposes the pairs no rule found
 * ({@link PairCandidates}) for the model to decide. Immutable and shared by all threads.
 */
public final class ConfidenceModel {
    /** The classpath resource of the shipped model. */
    public static final String SHIPPED = "org/geokg/models/meeting-confidence.bin";
    /** The classpath resource of the shipped model's manifest, which gives its {@code threshold} and
     * {@code proposesPairs}. */
    public static final String SHIPPED_MANIFEST = "org/geokg/models/meeting-confidence.manifest.json";
    /** The outcome of a meeting most of whose pairs are right. */
    public static final String RIGHT = "right";
    /** The outcome of any other meeting. */
    public static final String WRONG = "wrong";

    private final AbstractModel model;
    private final double threshold;
    private final boolean proposesPairs;

    /**
     * A confidence model over a trained maxent model with the outcomes {@link #RIGHT} and {@link #WRONG}, that keeps
     * the meetings whose confidence is at least the threshold (0 keeps all), trained with or without the pairs no
     * rule found.
     */
    public ConfidenceModel(AbstractModel model, double threshold, boolean proposesPairs) {
        this.model = model;
        this.threshold = threshold;
        this.proposesPairs = proposesPairs;
        if (model.getIndex(RIGHT) < 0 || model.getIndex(WRONG) < 0) {
            throw new GeoKgException("a confidence model needs the outcomes " + RIGHT + " and " + WRONG);
        }
        if (threshold < 0 || threshold > 1) {
            throw new GeoKgException("a confidence threshold must be in [0, 1]: " + threshold);
        }
    }

    /** The model shipped in the jar with the choices of its manifest, when the build has one. */
    public static Optional<ConfidenceModel> shipped() {
        return MaxentFiles.resource(SHIPPED, "meeting confidence model").map(model -> {
            JsonObject manifest = shippedManifest();
            JsonElement threshold = manifest.get("threshold");
            JsonElement pairs = manifest.get("proposesPairs");
            return new ConfidenceModel(model, threshold == null ? 0 : threshold.getAsDouble(),
                    pairs != null && pairs.getAsBoolean());
        });
    }

    /** The shipped model's manifest, empty when there is none. */
    private static JsonObject shippedManifest() {
        InputStream in = ConfidenceModel.class.getClassLoader().getResourceAsStream(SHIPPED_MANIFEST);
        if (in == null) {
            return new JsonObject();
        }
        try (in) {
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (IOException | RuntimeException e) {
            throw new GeoKgException("cannot read " + SHIPPED_MANIFEST + ": " + e.getMessage(), e);
        }
    }

    /** The same model with another threshold: 0 drops no meeting. */
    ConfidenceModel withThreshold(double other) {
        return new ConfidenceModel(model, other, proposesPairs);
    }

    /** The confidence below which a meeting is dropped. */
    public double threshold() {
        return threshold;
    }

    /** Whether the model was trained to decide the pairs no rule found too, which the extractor then proposes. */
    public boolean proposesPairs() {
        return proposesPairs;
    }

    /** Writes the model in OpenNLP's binary format. */
    public void write(OutputStream out) throws IOException {
        MaxentFiles.write(model, out);
    }

    /** The features of a meeting of an article with these mentions, as the model reads them. */
    public static String[] features(Meeting meeting, AnalyzedText text, List<ResolvedMention> mentions,
                                    LocalDate published) {
        return ConfidenceFeatures.of(meeting, text, mentions, published).toArray(new String[0]);
    }

    /** The meeting with its confidence set to the probability that it is right, to three decimals. */
    Meeting calibrate(Meeting m, AnalyzedText text, List<ResolvedMention> mentions, LocalDate published) {
        double p = model.eval(features(m, text, mentions, published))[model.getIndex(RIGHT)];
        double confidence = Math.round(p * 1000) / 1000.0;
        return new Meeting(m.kind(), m.status(), m.participants(), m.host(), m.place(), m.date(), m.evidence(),
                confidence, m.rule());
    }

    /** Whether a calibrated meeting is kept. */
    boolean keeps(Meeting calibrated) {
        return calibrated.confidence() >= threshold;
    }
}
