package org.geokg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.geokg.GeoKgException;
import org.geokg.eval.MeetingSet;
import org.geokg.extract.ExtractionModels;
import org.geokg.meeting.train.StatusTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code geokg train-meetings --set NAME=DIR[@PART] --out FILE}: trains the meeting status model. */
@Command(name = "train-meetings", description = "Train the model that tells meetings that took place from planned "
        + "or called-off ones, on annotated articles (folders with meetings.jsonl, optionally one part of their "
        + "split.tsv: --set training=src/test/resources/dev,src/test/resources/train@training), and write it with a "
        + "JSON manifest. The same articles give the same model.")
final class TrainMeetingsCommand implements Callable<Integer> {
    @Option(names = "--set", required = true, paramLabel = "NAME=DIR[,DIR...][@PART]",
            description = "The annotated articles to train on.")
    String set;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The model to write (.bin).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        StatusTrainer.Result result;
        try {
            result = StatusTrainer.train(MeetingSet.parse(set).load(), ExtractionModels.shipped(), out);
        } catch (IOException e) {
            throw new GeoKgException(out + ": cannot write: " + e.getMessage(), e);
        }
        PrintWriter writer = spec.commandLine().getOut();
        writer.printf(Locale.ROOT, "wrote %s and %s: %s examples, %.3f of them right on the training articles%n",
                result.model(), result.manifest(), result.outcomes(), result.accuracy());
        writer.flush();
        return 0;
    }
}
