package org.geokg.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import opennlp.tools.namefind.NameSample;
import org.geokg.GeoKgException;
import org.geokg.lexicon.Gazetteer;
import org.geokg.ner.NameModel;
import org.geokg.ner.train.NerCorpus;
import org.geokg.ner.train.NerEvaluator;
import org.geokg.ner.train.TitleStripping;
import org.geokg.nlp.NlpModels;

/**
 * Scores the names found in an annotated corpus in OpenNLP's name-finder format or in IOB2 columns (Universal NER,
 * {@link NerCorpus}), per type and micro-averaged, exact span and type: the name finder model alone, or the whole
 * mention stage as ingest runs it ({@link MentionEvaluation}). Titles are taken out of the corpus's person names first
 * ({@link TitleStripping}), GeoKG's convention, unless they are kept. Against a corpus with one type for places
 * (place, no gpe or location), the predicted gpe and location score as place ({@link TypeFolding}).
 *
 * <pre>
 * NameScoring scoring = new NameScoring(Path.of("test.txt"), Set.of("person"), false, false);
 * System.out.print(scoring.score(NameModel.shipped()).evaluation().format());
 * </pre>
 *
 * @param corpus     a corpus file or a directory of them, plain or gzipped
 * @param types      the types to score, in the order to print them; empty for every type found
 * @param wholeStage whether to score the whole mention stage instead of the model alone
 * @param keepTitles whether person names are scored as annotated, titles and all
 */
public record NameScoring(Path corpus, Set<String> types, boolean wholeStage, boolean keepTitles) {
    public NameScoring {
        types = Collections.unmodifiableSet(new LinkedHashSet<>(types));
    }

    /**
     * The scores, and the line that says what was scored.
     *
     * @param description what was scored, on what: {@code name finder model on test.txt, titles taken out of person
     *                    names}, and {@code , gpe and location scored as place} when they are folded
     * @param evaluation  the scores
     * @param gold        the corpus as scored (titles taken out when they are)
     * @param tagged      the names found in it
     */
    public record Scored(String description, NerEvaluator.Evaluation evaluation, List<NameSample> gold,
                         NerEvaluator.Tagged tagged) {
        /** The micro scores over {@code types} apart for names in {@code seenNames} and for the others. */
        public NerEvaluator.SeenSplit splitBySeen(Set<String> types, Set<String> seenNames) {
            return NerEvaluator.splitBySeen(gold, tagged.predicted(), types, seenNames);
        }
    }

    /**
     * Reads the corpus and scores the names found with this model, which the model alone needs; an unreadable
     * corpus is a {@link GeoKgException} naming it.
     */
    public Scored score(Optional<NameModel> names) {
        if (!wholeStage && names.isEmpty()) {
            throw new IllegalArgumentException("scoring the name finder model needs a model");
        }
        List<NameSample> samples = read(corpus);
        if (!keepTitles) {
            samples = TitleStripping.strip(samples);
        }
        TypeFolding folding = TypeFolding.forGold(NerEvaluator.typesOf(samples));
        NerEvaluator.Tagged tagged = wholeStage
                ? MentionEvaluation.tag(samples, NlpModels.load(), Gazetteer.load(), names, folding)
                : NerEvaluator.tag(names.get(), samples, folding);
        return new Scored(describe() + (folding.folds() ? ", " + folding.describe() : ""),
                tagged.score(samples, types), samples, tagged);
    }

    /** Reads an annotated corpus; an unreadable one is a {@link GeoKgException} naming it. */
    public static List<NameSample> read(Path corpus) {
        try {
            return NerCorpus.read(corpus);
        } catch (GeoKgException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new GeoKgException(corpus + ": cannot read the corpus: " + e.getMessage(), e);
        }
    }

    /** What is scored, on what: {@code name finder model on test.txt, titles taken out of person names}. */
    public String describe() {
        return (wholeStage ? "whole mention stage" : "name finder model") + " on " + corpus.getFileName() + ", "
                + (keepTitles ? "person names as annotated" : "titles taken out of person names");
    }
}
