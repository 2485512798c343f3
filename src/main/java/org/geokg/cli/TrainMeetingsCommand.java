package org.geokg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.geokg.GeoKgException;
import org.geokg.eval.AnnotatedSet;
import org.geokg.eval.BadSetException;
import org.geokg.eval.MeetingScores;
import org.geokg.eval.MeetingSet;
import org.geokg.eval.PairCounts;
import org.geokg.extract.ExtractionModels;
import org.geokg.meeting.MeetingModels;
import org.geokg.meeting.train.ConfidenceTrainer;
import org.geokg.meeting.train.CrossValidation;
import org.geokg.meeting.train.StatusTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code geokg train-meetings --set NAME=DIR[@PART] --out FILE [--confidence-out FILE] [--folds N]}: cross-validates
 * the meeting models by article to choose the confidence threshold, then trains the status model and the confidence
 * model over the meetings found with it on the whole set.
 */
@Command(name = "train-meetings", description = "Train the models of the meeting stage on annotated articles "
        + "(folders with meetings.jsonl, optionally one part of their split.tsv: --set "
        + "training=src/test/resources/dev,src/test/resources/train@training): the model that tells meetings that "
        + "took place from planned or called-off ones, then the model that gives each meeting found its confidence "
        + "and decides which are kept, and write each with a JSON manifest. The threshold of confidence is chosen by "
        + "cross-validation by article first, and its table is printed. The same articles give the same models.")
final class TrainMeetingsCommand implements Callable<Integer> {
    @Option(names = "--set", required = true, paramLabel = "NAME=DIR[,DIR...][@PART]",
            description = "The annotated articles to train on.")
    String set;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The status model to write (.bin).")
    Path out;

    @Option(names = "--confidence-out", paramLabel = "FILE",
            description = "The confidence model to write (default: meeting-confidence.bin beside the status model).")
    Path confidenceOut;

    @Option(names = "--folds", paramLabel = "N", defaultValue = "5",
            description = "Folds of the cross-validation by article that chooses the threshold (default: 5).")
    int folds;

    @Option(names = "--choose-on", paramLabel = "NAME=DIR[,DIR...]",
            description = "Choose the threshold on these articles only, a part of --set that no rule was written "
                    + "from (default: all of --set).")
    String chooseOn;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path confidence = confidenceOut != null ? confidenceOut
                : out.toAbsolutePath().resolveSibling("meeting-confidence.bin");
        PrintWriter writer = spec.commandLine().getOut();
        StatusTrainer.Result status;
        ConfidenceTrainer.Result calibration;
        AnnotatedSet articles;
        Set<String> chosenOn;
        try {
            articles = MeetingSet.parse(set).load();
            chosenOn = chooseOn == null ? articles.articles().keySet()
                    : MeetingSet.parse(chooseOn).load().articles().keySet();
        } catch (BadSetException e) {
            throw new UsageException(e.getMessage(), e);
        }
        if (!articles.articles().keySet().containsAll(chosenOn)) {
            throw new UsageException("--choose-on " + chooseOn + ": its articles must be articles of --set " + set);
        }
        if (folds < 2 || folds > articles.articles().size()) {
            throw new UsageException("--folds must be from 2 to the number of articles ("
                    + articles.articles().size() + "): " + folds);
        }
        try {
            ExtractionModels models = ExtractionModels.shipped();
            int threads = Runtime.getRuntime().availableProcessors();
            Consumer<String> onSkip = problem -> spec.commandLine().getErr().println("skipped " + problem);
            CrossValidation.Result rules = CrossValidation.run(articles, models, folds, false, chosenOn::contains,
                    threads, onSkip);
            CrossValidation.Result pairs = CrossValidation.run(articles, models, folds, true, chosenOn::contains,
                    threads, onSkip);
            CrossValidation.Result chosen = pairs.chosen().all().f1() > rules.chosen().all().f1() ? pairs : rules;
            writer.print(format(rules, chooseOn != null));
            writer.print(format(pairs, chooseOn != null));
            writer.printf(Locale.ROOT, "chosen: %s, threshold %.2f%n", chosen.proposesPairs()
                    ? "the rules' meetings and the pairs no rule found" : "the rules' meetings only",
                    chosen.chosen().threshold());
            status = StatusTrainer.train(articles, models, out);
            calibration = ConfidenceTrainer.train(articles, models.withMeetingModels(
                    new MeetingModels(Optional.of(status.status()), Optional.empty(), chosen.proposesPairs())),
                    chosen.chosen().threshold(), confidence);
        } catch (IOException e) {
            throw new GeoKgException(out + ": cannot write: " + e.getMessage(), e);
        }
        writer.printf(Locale.ROOT, "wrote %s and %s: %s examples, %.3f of them right on the training articles%n",
                status.model(), status.manifest(), status.outcomes(), status.accuracy());
        writer.printf(Locale.ROOT, "wrote %s and %s: %s examples, %.3f of them right on the training articles%n",
                calibration.model(), calibration.manifest(), calibration.outcomes(), calibration.accuracy());
        writer.flush();
        return 0;
    }

    /**
     * The cross-validation's table: pair scores at each threshold on all articles, then on the articles it was chosen
     * on when they are a part ({@code part}), the chosen one marked; then the calibration, how many of the pairs of
     * meetings found with a confidence of 0.8 or more are right.
     */
    private static String format(CrossValidation.Result validation, boolean part) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "cross-validation, %d folds by article, %s: pair scores at each threshold of confidence%n"
                        + "threshold  occurred P / R / F1    planned P / R / F1     all F1%s%n", validation.folds(),
                validation.proposesPairs() ? "the rules' meetings and the pairs no rule found"
                        : "the rules' meetings only", part ? "   | chosen on: occurred F1  planned F1  all F1" : ""));
        for (CrossValidation.Row row : validation.rows()) {
            PairCounts occurred = row.scores().occurred();
            PairCounts planned = row.scores().planned();
            String chosenOn = part ? String.format(Locale.ROOT, "   |            %.3f       %.3f       %.3f",
                    row.chosenOn().occurred().f1(), row.chosenOn().planned().f1(), row.all().f1()) : "";
            table.append(String.format(Locale.ROOT, "%-9.2f  %.3f / %.3f / %.3f  %.3f / %.3f / %.3f  %.3f%s%s%n",
                    row.threshold(), occurred.precision(), occurred.recall(), occurred.f1(), planned.precision(),
                    planned.recall(), planned.f1(), occurred.plus(planned).f1(), chosenOn,
                    row == validation.chosen() ? "  chosen" : ""));
        }
        MeetingScores all = validation.chosen().scores();
        MeetingScores chosenOn = validation.chosen().chosenOn();
        table.append(String.format(Locale.ROOT, "confidence >= %.1f, pairs right: %d of %d%s%n",
                MeetingScores.CONFIDENT, all.confidentRight(), all.confidentPairs(), part ? String.format(Locale.ROOT,
                        "; on the articles chosen on: %d of %d", chosenOn.confidentRight(), chosenOn.confidentPairs())
                        : ""));
        return table.toString();
    }
}
