package org.geokg.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.geokg.lexicon.Gazetteer;
import org.geokg.nlp.AnalyzedText;
import org.geokg.nlp.Cancellation;
import org.geokg.nlp.Sentence;
import org.geokg.resolve.EntityResolver;
import org.geokg.resolve.ResolvedMention;
import org.geokg.syntax.DependencyParser;

/**
 * Finds the meetings of an article, sentence by sentence, then over the article:
 * <ul>
 *   <li>trigger words ({@link Triggers}) with the agents around them ({@link Agents}, {@link TriggerAgents}) make
 *       meetings ({@link TriggeredMeetings}): "X met (with) Y", "X and Y met", "X hosted Y", "X spoke by phone with
 *       Y", "X held talks with Y", "talks between X and Y", "X's meeting with Y"; "their talks" refers to the pair
 *       of the meeting before it;</li>
 *   <li>negated triggers are dropped; whether a meeting took place, is planned ("will meet", "invited X to
 *       visit", "plans to hold talks") or was called off is decided by a learned model over the trigger's parse
 *       ({@link StatusModel}, {@link StatusFeatures});</li>
 *   <li>visits ({@link Visits}): "X visited Y", "X's visit to Y", "X has arrived in Y", "X, who is in Y for ...";
 *       attending a gathering an organization names ({@link Attendances}): "X will attend the Pacific Islands
 *       Forum"; heads of delegation ({@link Delegations}): "X represented India while Y represented China";</li>
 *   <li>summits, gathered over the article ({@link SummitGatherer}); gatherings whose states or bodies a sentence
 *       lists, and the same gatherings named again ({@link GatheringLists});</li>
 *   <li>dates and places are attached by {@link MeetingDates} and {@link MeetingPlaces}; mentions of the same
 *       meeting are merged by {@link MeetingMerger} into one meeting with all their evidence;</li>
 *   <li>each meeting's confidence is the probability that it is right, by a learned model
 *       ({@link ConfidenceModel}), and the meetings below its threshold are dropped: the rules propose, the model
 *       decides.</li>
 * </ul>
 *
 * <pre>
 * MeetingExtractor meetings = new MeetingExtractor(gazetteer, parserModel.newParser(), MeetingModels.shipped());
 * List&lt;Meeting&gt; found = meetings.extract(text, resolution, published);
 * </pre>
 *
 * <p>Not thread-safe (it holds the calling thread's parser): make one per thread.
 */
public final class MeetingExtractor {
    private final MeetingDates dates = new MeetingDates();
    private final MeetingPlaces places;
    private final TriggeredMeetings triggered;
    private final Visits visits;
    private final Attendances attendances;
    private final DependencyParser parser;
    private final StatusModel statusModel;
    private final ConfidenceModel confidenceModel;
    private final PairCandidates pairs;

    /**
     * An extractor that reads the capitals of states from a gazetteer, parses the sentences that hold a trigger with
     * the calling thread's parser, and decides each meeting's status and confidence with the learned models.
     */
    public MeetingExtractor(Gazetteer gazetteer, DependencyParser parser, MeetingModels models) {
        this.places = new MeetingPlaces(gazetteer);
        this.triggered = new TriggeredMeetings(dates);
        this.visits = new Visits(dates, places);
        this.attendances = new Attendances(dates);
        this.parser = parser;
        this.statusModel = models.status().orElse(null);
        this.confidenceModel = models.confidence().orElse(null);
        this.pairs = models.proposesPairs() ? new PairCandidates(dates) : null;
    }

    /**
     * The parties a sentence's context gives it: the state the article speaks for, and the person or body the
     * sentence before is about.
     */
    private static Map<String, String> context(ArticleAgents article, Sentence sentence) {
        Map<String, String> context = new LinkedHashMap<>();
        if (article.voice() != null) {
            context.put(article.voice().key(), "voice");
        }
        ResolvedMention previous = article.subjects().get(sentence.index() - 1);
        if (previous != null && previous.entity() != null) {
            context.putIfAbsent(previous.entity(), "previous");
        }
        return context;
    }

    /** The meetings of one article. */
    public List<Meeting> extract(AnalyzedText text, EntityResolver.Resolution resolution, LocalDate published) {
        ArticleAgents article = ArticleAgents.of(text, resolution);
        Map<Integer, List<ResolvedMention>> bySentence = article.bySentence();
        StatusJudge judge = new StatusJudge(parser, statusModel, dates, published, text);
        String voice = article.voice() == null ? null : article.voice().key();
        List<Meeting> found = new ArrayList<>();
        List<Meeting> proposed = new ArrayList<>();
        Map<Integer, List<ResolvedMention>> agentsBySentence = new HashMap<>();
        GatheringLists gatherings = new GatheringLists(dates, published, judge);
        PairAnaphors twoNamedBefore = new PairAnaphors(text, article, dates);
        for (Sentence sentence : text.sentences()) {
            Cancellation.check();
            List<ResolvedMention> mentions = article.mentions(sentence);
            List<ResolvedMention> agents = article.agents(sentence);
            agentsBySentence.put(sentence.index(), agents);
            found.addAll(gatherings.listedIn(sentence, mentions));
            List<Trigger> triggers = new ArrayList<>();
            for (int t = 0; t < sentence.size(); t++) {
                Trigger trigger = Triggers.at(sentence, t);
                if (trigger != null) {
                    triggers.add(trigger);
                    Optional<Meeting> meeting = triggered.meeting(sentence, trigger, agents, mentions, found,
                            published, judge, voice);
                    if (meeting.isEmpty()) {
                        meeting = twoNamedBefore.meeting(sentence, trigger, mentions, judge, published);
                    }
                    meeting.ifPresent(m -> Invitations.perInviter(m, sentence, judge, trigger.index(), agents)
                            .forEach(each -> found.addAll(SeparateMeetings.split(each, sentence, trigger, agents))));
                    meeting.flatMap(call -> TriggeredMeetings.inPersonToo(sentence, trigger, call, agents))
                            .ifPresent(found::add);
                    meeting.flatMap(m -> Attendances.onSidelines(m, sentence, agents)).ifPresent(found::add);
                    found.addAll(visits.welcomedTo(sentence, t, agents, mentions, judge, resolution, published));
                } else if (Visits.isVisit(sentence, t)) {
                    found.addAll(visits.at(sentence, t, agents, mentions, judge, resolution, published));
                    attendances.boundFor(sentence, t, agents, mentions, judge, published).ifPresent(found::add);
                } else if (Attendances.isBoundForGathering(sentence, t)) {
                    attendances.boundFor(sentence, t, agents, mentions, judge, published).ifPresent(found::add);
                } else if (Attendances.isAttendance(sentence, t)) {
                    attendances.at(sentence, t, agents, mentions, judge, published).ifPresent(found::add);
                }
            }
            if (pairs != null) {
                proposed.addAll(pairs.around(sentence, triggers, agents, mentions, context(article, sentence), found,
                        published, judge));
            }
        }
        Cancellation.check();
        found.addAll(proposed);
        found.addAll(gatherings.namedAgain(bySentence));
        for (Sentence sentence : text.sentences()) {
            Delegations.headsOf(text, sentence, agentsBySentence.get(sentence.index()), article.mentions(sentence))
                    .ifPresent(found::add);
        }
        found.addAll(new SummitGatherer(dates, text, bySentence, agentsBySentence, published,
                resolution.positions()).summits());
        Cancellation.check();
        List<Meeting> merged = SameSide.drop(
                MeetingMerger.merge(dates.fromContext(text, found, published, resolution.positions())), resolution);
        List<Meeting> placed = places.fromContext(text, merged, resolution, bySentence);
        if (confidenceModel == null) {
            return placed;
        }
        return placed.stream().map(m -> confidenceModel.calibrate(m, text, resolution.mentions(), published))
                .filter(confidenceModel::keeps).toList();
    }
}
