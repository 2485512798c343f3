package org.geokg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.NameSample;
import org.geokg.GeoKgException;
import org.geokg.eval.MentionEvaluation;
import org.geokg.lexicon.Gazetteer;
import org.geokg.ner.NameModel;
import org.geokg.ner.train.NerCorpus;
import org.geokg.ner.train.NerEvaluator;
import org.geokg.ner.train.TitleStripping;
import org.geokg.nlp.NlpModels;
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
        List<NameSample> samples;
        try {
            samples = NerCorpus.read(data);
        } catch (IOException | RuntimeException e) {
            throw new GeoKgException(data + ": cannot read the corpus: " + e.getMessage(), e);
        }
        if (!keepTitles) {
            samples = TitleStripping.strip(samples);
        }
        Set<String> chosen = new LinkedHashSet<>(types);
        Optional<NameModel> names = nameModel.load();
        if (!mentionStage && names.isEmpty()) {
            throw new GeoKgException("no name finder model: give one with --ner-model FILE");
        }
        NerEvaluator.Evaluation evaluation = mentionStage
                ? MentionEvaluation.evaluate(samples, NlpModels.load(), Gazetteer.load(), names, chosen)
                : NerEvaluator.evaluate(names.get().model(), samples, chosen);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s on %s, %s%n", mentionStage ? "whole mention stage" : "name finder model",
                data.getFileName(), keepTitles ? "person names as annotated" : "titles taken out of person names");
        out.print(evaluation.format());
        out.printf(Locale.ROOT, "%d sentences, %d tokens, %.0f tokens/s%n", evaluation.sentences(),
                evaluation.tokens(), evaluation.tokensPerSecond());
        out.flush();
        return 0;
    }
}
