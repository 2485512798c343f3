package org.geokg.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.geokg.extract.ExtractionModels;
import org.geokg.pipeline.IngestReport;
import org.geokg.pipeline.Ingestor;
import org.geokg.rdf.Iris;
import org.geokg.store.TdbStore;

/**
 * The articles and annotations of a {@link MeetingSet}, read and checked, ready to be scored.
 *
 * @param name      the set's name
 * @param articles  the article files by id
 * @param gold      the gold meetings of these articles
 * @param negatives the hard negatives of these articles ({@link HardNegatives#none()} when no folder has any)
 */
public record AnnotatedSet(String name, Map<String, Path> articles, List<GoldMeeting> gold, HardNegatives negatives) {
    public AnnotatedSet {
        articles = Collections.unmodifiableMap(new TreeMap<>(articles));
        gold = List.copyOf(gold);
    }

    /**
     * Ingests the articles into a temporary in-memory store, with an extractor over the models on each of the
     * threads, and scores the meetings found; the inputs the ingest skipped go to {@code onSkip}.
     */
    public SetScores score(ExtractionModels models, int threads, Consumer<String> onSkip) {
        MeetingScores scores = MeetingEvaluator.score(gold, predicted(models, threads, onSkip), negatives);
        return new SetScores(name, articles.size(), gold.size(), scores);
    }

    /**
     * The meetings found in the articles: they are ingested into a temporary in-memory store, with an extractor over
     * the models on each of the threads; the inputs the ingest skipped go to {@code onSkip}.
     */
    public List<PredictedMeeting> predicted(ExtractionModels models, int threads, Consumer<String> onSkip) {
        Map<String, String> ids = new LinkedHashMap<>();
        articles.keySet().forEach(id -> ids.put(Iris.article(id).getURI(), id));
        try (TdbStore store = TdbStore.inMemory()) {
            IngestReport report = new Ingestor(models, store, threads).ingest(new ArrayList<>(articles.values()),
                    line -> { });
            report.skipped().forEach(onSkip);
            return MeetingEvaluator.predicted(store, ids);
        }
    }

    /** The articles whose ids pass a test, with their annotations, as a set of another name. */
    public AnnotatedSet subset(String subsetName, Predicate<String> ids) {
        Map<String, Path> chosen = new TreeMap<>();
        articles.forEach((id, file) -> {
            if (ids.test(id)) {
                chosen.put(id, file);
            }
        });
        return new AnnotatedSet(subsetName, chosen, gold.stream().filter(g -> chosen.containsKey(g.doc())).toList(),
                negatives);
    }
}
