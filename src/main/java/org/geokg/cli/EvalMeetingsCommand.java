package org.geokg.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.geokg.eval.AnnotatedSet;
import org.geokg.eval.BadSetException;
import org.geokg.eval.MeetingSet;
import org.geokg.eval.ScoreTable;
import org.geokg.eval.SetScores;
import org.geokg.extract.ExtractionModels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code geokg eval-meetings --set NAME=DIR[,DIR...][@PART]...}: scores meeting extraction on annotated sets. */
@Command(name = "eval-meetings", description = "Score the meetings found in annotated sets, side by side: each set "
        + "is ingested into a temporary store and its meetings are scored against the gold annotations of its folders "
        + "(ID.json articles, meetings.jsonl, optionally negatives.tsv and split.tsv).")
final class EvalMeetingsCommand implements Callable<Integer> {
    @Mixin
    NameModelOption nameModel;

    @Option(names = "--set", required = true, paramLabel = "NAME=DIR[,DIR...][@PART]", description = "A set to "
            + "score, a column of the table: folders of annotated articles, only the part PART of their split.tsv "
            + "if given. Repeat for several sets; the first two are compared.")
    List<String> sets;

    @Option(names = "--errors", paramLabel = "SET", description = "Also list the misses, extra pairs and wrong "
            + "dates of this set (never ask it of a held-out set while you still tune). Repeatable.")
    List<String> errors = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<AnnotatedSet> annotated;
        try {
            List<MeetingSet> parsed = MeetingSet.parseAll(sets);
            List<String> names = parsed.stream().map(MeetingSet::name).toList();
            errors.stream().filter(e -> !names.contains(e)).findFirst().ifPresent(e -> {
                throw new BadSetException("--errors " + e + ": no such set (sets: " + String.join(", ", names) + ")");
            });
            annotated = parsed.stream().map(MeetingSet::load).toList();
        } catch (BadSetException e) {
            throw new UsageException(e.getMessage(), e);
        }
        ExtractionModels models = ExtractionModels.load(nameModel::load);
        PrintWriter err = spec.commandLine().getErr();
        List<SetScores> scores = new ArrayList<>();
        for (AnnotatedSet set : annotated) {
            scores.add(set.score(models, Runtime.getRuntime().availableProcessors(),
                    problem -> err.println("skipped " + problem)));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(ScoreTable.format(scores));
        scores.stream().filter(s -> errors.contains(s.name())).forEach(s -> out.print("\nerrors of " + s.name()
                + ":\n" + s.scores().errors()));
        out.flush();
        err.flush();
        return 0;
    }
}
