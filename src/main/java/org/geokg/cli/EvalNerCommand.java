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
        + "or in IOB2 columns as Universal NER writes them (told by the name .iob2/.iob2.gz or the content; plain "
        + "or gzipped): per type and micro-averaged, exact span and type. UNER's PER, ORG and LOC are read as "
        + "person, organization and place; against a corpus whose places are all place (no gpe, no location), "
        + "the predicted gpe and location (states, cities, regions and other places) score as place.")
final class EvalNerCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The annotated corpus (a file or a directory of files).")
    Path data;

    @Option(names = "--types", split = ",", paramLabel = "TYPE", description = "Types to score, e.g. "
            + "person,organization,gpe, or person,organization,place for UNER (default: all in the file).")
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

    @Option(names = "--seen-names", paramLabel = "TRAINING", description = "Also score apart the names annotated "
            + "in this training corpus and the others: how much of the score is memory, how much generalizes.")
    Path seenNames;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Optional<NameModel> names = nameModel.load();
        if (!mentionStage && names.isEmpty()) {
            throw new GeoKgException("no name finder model: give one with --ner-model FILE");
        }
        NameScoring scoring = new NameScoring(data, new LinkedHashSet<>(types), mentionStage, keepTitles);
        NameScoring.Scored scored = scoring.score(names);
        NerEvaluator.Evaluation evaluation = scored.evaluation();
        PrintWriter out = spec.commandLine().getOut();
        out.println(scored.description());
        out.print(evaluation.format());
        out.printf(Locale.ROOT, "%d sentences, %d tokens, %.0f tokens/s%n", evaluation.sentences(),
                evaluation.tokens(), evaluation.tokensPerSecond());
        if (seenNames != null) {
            NerEvaluator.SeenSplit split = scored.splitBySeen(new LinkedHashSet<>(types),
                    NerEvaluator.namesOf(NameScoring.read(seenNames)));
            out.println("names annotated in " + seenNames.getFileName() + " (seen) and the others (unseen):");
            for (NerEvaluator.TypeScores scores : List.of(split.seen(), split.unseen())) {
                out.printf(Locale.ROOT, "%s  (%d gold names)%n", scores.format(),
                        scores.truePositives() + scores.falseNegatives());
            }
        }
        out.flush();
        return 0;
    }
}
