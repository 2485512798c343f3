package org.geokg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.geokg.GeoKgException;
import org.geokg.eval.NameScoring;
import org.geokg.ner.NameModel;
import org.geokg.ner.train.NerEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code geokg eval-ner FILE}: precision, recall and F1 of the name finder on an annotated corpus. */
@Command(name = "eval-ner", description = "Score names found against a corpus in OpenNLP name-finder format "
        + "(plain or gzipped): per type and micro-averaged, exact span and type.")
final class EvalNerCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The annotated corpus (a file or a directory of files).")
    Path data;

    @Option(names = "--types", split = ",", paramLabel = "TYPE", description = "Types to score, e.g. "
            + "person,organization,gpe (default: all in the file).")
    List<String> types = List.of();

    @Mixin
    NameModelOption nameModel;

    @Option(names = "--mention-stage", description = "Score the whole mention stage that ingest runs (model, "
            + "gazetteers and rules) instead of the name finder model alone.")
    boolean mentionStage;

    @Option(names = "--keep-titles", description = "Score the corpus's person names as annotated; by default "
            + "titles are taken out of them first (\"President Hugo Chavez\" → \"Hugo Chavez\"), GeoKG's "
            + "convention, as in CoNLL and OntoNotes.")
    boolean keepTitles;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Optional<NameModel> names = nameModel.load();
        if (!mentionStage && names.isEmpty()) {
            throw new GeoKgException("no name finder model: give one with --ner-model FILE");
        }
        NameScoring scoring = new NameScoring(data, new LinkedHashSet<>(types), mentionStage, keepTitles);
        NerEvaluator.Evaluation evaluation = scoring.score(names);
        PrintWriter out = spec.commandLine().getOut();
        out.println(scoring.describe());
        out.print(evaluation.format());
        out.printf(Locale.ROOT, "%d sentences, %d tokens, %.0f tokens/s%n", evaluation.sentences(),
                evaluation.tokens(), evaluation.tokensPerSecond());
        out.flush();
        return 0;
    }
}
