package org.geokg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.geokg.GeoKgException;
import org.geokg.eval.AnnotatedSet;
import org.geokg.eval.MeetingSet;
import org.geokg.extract.ExtractionModels;
import org.geokg.meeting.MeetingModels;
import org.geokg.meeting.train.ConfidenceTrainer;
import org.geokg.meeting.train.StatusTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code geokg train-meetings --set NAME=DIR[@PART] --out FILE [--confidence-out FILE]}: trains the meeting status
 * model, then the confidence model over the meetings found with it.
 */
@Command(name = "train-meetings", description = "Train the models of the meeting stage on annotated articles "
        + "(folders with meetings.jsonl, optionally one part of their split.tsv: --set "
        + "training=src/test/resources/dev,src/test/resources/train@training): the model that tells meetings that "
        + "took place from planned or called-off ones, then the model that gives each meeting found its confidence, "
        + "and write each with a JSON manifest. The same articles give the same models.")
final class TrainMeetingsCommand implements Callable<Integer> {
    @Option(names = "--set", required = true, paramLabel = "NAME=DIR[,DIR...][@PART]",
            description = "The annotated articles to train on.")
    String set;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The status model to write (.bin).")
    Path out;

    @Option(names = "--confidence-out", paramLabel = "FILE",
            description = "The confidence model to write (default: meeting-confidence.bin beside the status model).")
    Path confidenceOut;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path confidence = confidenceOut != null ? confidenceOut
                : out.toAbsolutePath().resolveSibling("meeting-confidence.bin");
        StatusTrainer.Result status;
        ConfidenceTrainer.Result calibration;
        try {
            AnnotatedSet articles = MeetingSet.parse(set).load();
            ExtractionModels models = ExtractionModels.shipped();
            status = StatusTrainer.train(articles, models, out);
            calibration = ConfidenceTrainer.train(articles, models.withMeetingModels(
                    new MeetingModels(Optional.of(status.status()), Optional.empty())), confidence);
        } catch (IOException e) {
            throw new GeoKgException(out + ": cannot write: " + e.getMessage(), e);
        }
        PrintWriter writer = spec.commandLine().getOut();
        writer.printf(Locale.ROOT, "wrote %s and %s: %s examples, %.3f of them right on the training articles%n",
                status.model(), status.manifest(), status.outcomes(), status.accuracy());
        writer.printf(Locale.ROOT, "wrote %s and %s: %s examples, %.3f of them right on the training articles%n",
                calibration.model(), calibration.manifest(), calibration.outcomes(), calibration.accuracy());
        writer.flush();
        return 0;
    }
}
