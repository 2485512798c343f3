package org.geokg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.geokg.eval.GoldMeeting;
import org.geokg.eval.MeetingEvaluator;
import org.geokg.eval.MeetingScores;
import org.geokg.extract.ExtractionModels;
import org.geokg.pipeline.IngestReport;
import org.geokg.pipeline.Ingestor;
import org.geokg.rdf.Iris;
import org.geokg.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code geokg eval-meetings --gold FILE.jsonl DOCS...}: measures meeting extraction against annotations. */
@Command(name = "eval-meetings", description = "Ingest documents into a temporary store and score its meetings "
        + "against gold annotations (JSON lines: doc, participants, place, date, kind, status, evidence).")
final class EvalMeetingsCommand implements Callable<Integer> {
    @Mixin
    NameModelOption nameModel;

    @Option(names = "--gold", required = true, paramLabel = "FILE.jsonl", description = "The gold meetings.")
    Path gold;

    @Parameters(paramLabel = "DOCS", arity = "1..*", description = "The annotated documents (files or folders).")
    List<Path> docs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<GoldMeeting> goldMeetings = MeetingEvaluator.readGold(gold);
        Map<String, String> ids = new LinkedHashMap<>();
        goldMeetings.forEach(g -> ids.put(Iris.article(g.doc()).getURI(), g.doc()));
        PrintWriter out = spec.commandLine().getOut();
        try (TdbStore store = TdbStore.inMemory()) {
            ExtractionModels models = ExtractionModels.load(nameModel::load);
            IngestReport report = new Ingestor(models, store,
                    Runtime.getRuntime().availableProcessors()).ingest(docs, line -> { });
            report.skipped().stream().filter(problem -> !problem.startsWith(gold.toString()))
                    .forEach(problem -> spec.commandLine().getErr().println("skipped " + problem));
            MeetingScores scores = MeetingEvaluator.score(goldMeetings, MeetingEvaluator.predicted(store, ids));
            out.print(scores.format());
        }
        out.flush();
        return 0;
    }
}
