package org.geokg.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.geokg.lexicon.Gazetteer;
import org.geokg.mention.Mention;
import org.geokg.mention.MentionFinder;
import org.geokg.ner.NameModel;
import org.geokg.ner.NameTagger;
import org.geokg.ner.train.NerCorpus;
import org.geokg.ner.train.NerEvaluator;
import org.geokg.nlp.AnalyzedText;
import org.geokg.nlp.NlpModels;
import org.geokg.nlp.TextAnalyzer;

/**
 * Scores GeoKG's whole mention stage, as ingest runs it (the statistical model merged with the gazetteers and the
 * rules), on an annotated corpus read by {@code NerCorpus}. GeoKG's types map to the corpus types: people to
 * person, organizations to organization, states, cities and regions to gpe, other places to location (all four place
 * types to place against a corpus with one type for places, {@link TypeFolding}); demonyms are not names.
 */
public final class MentionEvaluation {
    private MentionEvaluation() {
    }

    /**
     * Tags each document of the samples (split where the corpus resets its adaptive data) and scores each mention as
     * the type {@code predictedType} gives its corpus type (e.g. gpe as place, {@link TypeFolding}).
     */
    public static NerEvaluator.Evaluation evaluate(List<NameSample> samples, NlpModels models, Gazetteer gazetteer,
                                                   Optional<NameModel> names, Set<String> types,
                                                   UnaryOperator<String> predictedType) {
        return tag(samples, models, gazetteer, names, predictedType).score(samples, types);
    }

    /**
     * The names the whole mention stage finds in each sentence of the samples, as corpus spans typed by
     * {@code predictedType}, and the time it took.
     */
    public static NerEvaluator.Tagged tag(List<NameSample> samples, NlpModels models, Gazetteer gazetteer,
                                          Optional<NameModel> names, UnaryOperator<String> predictedType) {
        TextAnalyzer analyzer = models.newAnalyzer();
        NameTagger tagger = names.map(NameModel::newTagger).orElse(null);
        MentionFinder finder = new MentionFinder(gazetteer);
        List<Span[]> predicted = new ArrayList<>(samples.size());
        long start = System.nanoTime();
        for (List<NameSample> document : NerCorpus.documents(samples)) {
            List<String[]> sentences = new ArrayList<>();
            for (NameSample sample : document) {
                sentences.add(sample.getSentence());
            }
            AnalyzedText text = analyzer.analyzeTokens(sentences);
            List<Mention> mentions = finder.find(text, tagger == null ? List.of() : tagger.tag(text));
            for (int s = 0; s < sentences.size(); s++) {
                predicted.add(NerEvaluator.retyped(corpusSpans(mentions, s), predictedType));
            }
        }
        return new NerEvaluator.Tagged(predicted, System.nanoTime() - start);
    }

    /** The mentions of one sentence (demonyms left out) as corpus spans: token offsets and corpus type. */
    public static Span[] corpusSpans(List<Mention> mentions, int sentence) {
        return mentions.stream().filter(m -> m.sentence() == sentence && !m.demonym())
                .map(m -> new Span(m.tokenBegin(), m.tokenEnd(), corpusType(m)))
                .toArray(Span[]::new);
    }

    /** The corpus type of a mention: person, organization, gpe (states, cities, regions) or location. */
    public static String corpusType(Mention mention) {
        return switch (mention.type()) {
            case PERSON -> "person";
            case ORGANIZATION -> "organization";
            case STATE, CITY, REGION -> "gpe";
            case LOCATION -> "location";
        };
    }
}
