package org.geokg.extract;

import java.util.List;
import java.util.Map;
import org.geokg.article.Article;
import org.geokg.link.EntityLink;
import org.geokg.link.EntityLinker;
import org.geokg.meeting.Meeting;
import org.geokg.meeting.MeetingExtractor;
import org.geokg.mention.Mention;
import org.geokg.mention.MentionFinder;
import org.geokg.ner.NameModel;
import org.geokg.ner.NameSpan;
import org.geokg.ner.NameTagger;
import org.geokg.nlp.AnalyzedText;
import org.geokg.nlp.TextAnalyzer;
import org.geokg.resolve.EntityResolver;

/**
 * The analysis of one article, stage by stage: text → sentences and tokens → mentions → entities and positions →
 * meetings, and links of the entities to Wikidata and GeoNames.
 *
 * <pre>
 * Extractor extractor = new Extractor(ExtractionModels.shipped());
 * ArticleAnalysis analysis = extractor.analyze(article);
 * </pre>
 *
 * <p>Not thread-safe (it holds OpenNLP taggers): make one per thread; the models are shared.
 */
public final class Extractor {
    private final TextAnalyzer analyzer;
    private final NameTagger nameTagger;
    private final MentionFinder mentionFinder;
    private final EntityResolver resolver;
    private final MeetingExtractor meetingExtractor;
    private final EntityLinker linker;
    /** Nanoseconds spent per stage of {@link StageTimes#EXTRACTION} by this extractor. */
    private final long[] stageNanos = new long[StageTimes.EXTRACTION.size()];

    /** An extractor over these models; without a name finder model it uses the rules and gazetteers only. */
    public Extractor(ExtractionModels models) {
        this.analyzer = models.nlp().newAnalyzer(models.gazetteer()::namesStateOrBody);
        this.nameTagger = models.names().map(NameModel::newTagger).orElse(null);
        this.mentionFinder = new MentionFinder(models.gazetteer());
        this.resolver = new EntityResolver(models.gazetteer());
        this.meetingExtractor = new MeetingExtractor(models.gazetteer(), models.parser().newParser(),
                models.meetings());
        this.linker = new EntityLinker(models.links());
    }

    /** Analyses one article. */
    public ArticleAnalysis analyze(Article article) {
        long t0 = System.nanoTime();
        AnalyzedText text = analyzer.analyze(article.text());
        long t1 = System.nanoTime();
        List<List<NameSpan>> names = nameTagger == null ? List.of() : nameTagger.tag(text);
        long t2 = System.nanoTime();
        List<Mention> mentions = mentionFinder.find(text, names);
        long t3 = System.nanoTime();
        EntityResolver.Resolution resolution = resolver.resolve(text, mentions, article.metadata().get("publisher"));
        long t4 = System.nanoTime();
        List<Meeting> meetings = meetingExtractor.extract(text, resolution, article.published());
        long t5 = System.nanoTime();
        Map<String, EntityLink> links = linker.link(resolution.entities(), article.published());
        long t6 = System.nanoTime();
        long[] marks = {t0, t1, t2, t3, t4, t5, t6};
        for (int stage = 0; stage < stageNanos.length; stage++) {
            stageNanos[stage] += marks[stage + 1] - marks[stage];
        }
        return new ArticleAnalysis(article, text, resolution.mentions(), resolution.entities(),
                resolution.positions(), meetings, links, resolution.actingAgents());
    }

    /** The time this extractor has spent per stage so far. */
    public StageTimes stageTimes() {
        return StageTimes.of(stageNanos.clone());
    }
}
