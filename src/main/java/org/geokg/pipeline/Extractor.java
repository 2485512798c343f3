package org.geokg.pipeline;

import java.util.List;
import java.util.Optional;
import org.geokg.article.Article;
import org.geokg.link.EntityLinker;
import org.geokg.link.LinkTables;
import org.geokg.mention.Gazetteer;
import org.geokg.mention.Mention;
import org.geokg.mention.MentionFinder;
import org.geokg.mention.NameModel;
import org.geokg.mention.NameTagger;
import org.geokg.nlp.AnalyzedText;
import org.geokg.nlp.NlpModels;
import org.geokg.nlp.TextAnalyzer;
import org.geokg.resolve.ArticleAnalysis;
import org.geokg.resolve.EntityResolver;
import org.geokg.resolve.MeetingExtractor;

/**
 * The analysis of one article, stage by stage: text → sentences and tokens → mentions → entities and positions →
 * meetings.
 *
 * <pre>
 * Extractor extractor = new Extractor(NlpModels.load(), Gazetteer.load());
 * ArticleAnalysis analysis = extractor.analyze(article);
 * </pre>
 *
 * <p>Not thread-safe (it holds OpenNLP taggers): make one per thread; the models and gazetteer are shared.
 */
public final class Extractor {
    private final TextAnalyzer analyzer;
    private final NameTagger nameTagger;
    private final MentionFinder mentionFinder;
    private final EntityResolver resolver;
    private final MeetingExtractor meetingExtractor;
    private final EntityLinker linker;

    /** An extractor with the rules and gazetteers only, without a statistical name finder. */
    public Extractor(NlpModels models, Gazetteer gazetteer) {
        this(models, gazetteer, Optional.empty());
    }

    /** An extractor that also uses a statistical name finder model. */
    public Extractor(NlpModels models, Gazetteer gazetteer, Optional<NameModel> names) {
        this.analyzer = models.newAnalyzer();
        this.nameTagger = names.map(NameModel::newTagger).orElse(null);
        this.mentionFinder = new MentionFinder(gazetteer);
        this.resolver = new EntityResolver(gazetteer);
        this.meetingExtractor = new MeetingExtractor(gazetteer);
        this.linker = new EntityLinker(LinkTables.shipped());
    }

    /** Analyses one article. */
    public ArticleAnalysis analyze(Article article) {
        AnalyzedText text = analyzer.analyze(article.text());
        List<Mention> mentions = mentionFinder.find(text, nameTagger == null ? List.of() : nameTagger.tag(text));
        EntityResolver.Resolution resolution = resolver.resolve(text, mentions);
        return new ArticleAnalysis(article, text, resolution.mentions(), resolution.entities(),
                resolution.positions(), meetingExtractor.extract(text, resolution, article.published()),
                linker.link(resolution.entities(), article.published()), resolution.actingAgents());
    }
}
