package org.geokg.meeting;

import static org.geokg.meeting.SentenceLib.lower;
import static org.geokg.meeting.SentenceLib.mentionStartingAt;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.geokg.lexicon.EntityType;
import org.geokg.lexicon.Words;
import org.geokg.nlp.Sentence;
import org.geokg.resolve.ResolvedMention;

/**
 * Attending a gathering that an organization names: "X will attend the Pacific Islands Forum", "attending the G20
 * Leaders Summit in Toronto", "I will attend the World Economic Forum Annual Meeting". The attendee (the subject,
 * from the words before the verb or from its parse) meets the organization at a summit.
 *
 * <p>Immutable and thread-safe.
 */
final class Attendances {
    private static final Set<String> ATTEND_VERBS = Words.set("attend-verb");
    private static final Set<String> JOIN_VERBS = Words.set("join-verb");
    private static final Set<String> FILLERS = Words.set("attend-filler");
    private static final Set<String> GATHERING_NOUNS = Words.set("gathering-noun");
    private static final Set<String> BOUND_VERBS = Words.set("gathering-bound-verb");
    /** Nouns of the edge of a gathering where its attendees meet: "on the sidelines of the G20 summit". */
    private static final Set<String> SIDELINE_NOUNS = Words.set("sideline-noun");
    /** The rule of a mention the gazetteers know: a body that holds gatherings under its own name ("the G20"). */
    private static final String KNOWN = "gazetteer";
    /** The prepositions of the gathering a journey is bound for: "for the summit", "at the summit". */
    private static final Set<String> PURPOSE_PREPOSITIONS = Set.of("for", "at");
    /** How far after its verb the gathering a journey is bound for may be named. */
    private static final int PURPOSE_REACH = 12;
    /** How many words may stand between the body that holds a gathering and its noun: "APEC leaders' meeting". */
    private static final int GATHERING_REACH = 5;

    private final MeetingDates dates;

    Attendances(MeetingDates dates) {
        this.dates = dates;
    }

    /** Whether a token is a verb of attending. */
    static boolean isAttendance(Sentence sentence, int t) {
        return ATTEND_VERBS.contains(lower(sentence, t)) && !"NOUN".equals(sentence.token(t).pos())
                || JOIN_VERBS.contains(lower(sentence, t));
    }

    /** The trigger of a verb of attending. */
    static Trigger trigger(int t) {
        return new Trigger(t, Meeting.Kind.SUMMIT, false, false, false, t + 1);
    }

    /** The summit an attendance reports, if an organization is attended and the attendee is named. */
    Optional<Meeting> at(Sentence sentence, int t, List<ResolvedMention> agents, List<ResolvedMention> mentions,
                         StatusJudge judge, LocalDate published) {
        if (MeetingStatus.isNegated(sentence, t)) {
            return Optional.empty();
        }
        int d = afterFillers(sentence, t + 1, agents);
        if (d + 2 < sentence.size() && GATHERING_NOUNS.contains(lower(sentence, d))
                && lower(sentence, d + 1).equals("of")) {
            d = afterFillers(sentence, d + 2, agents); // "an informal meeting of NATO defense officials"
        }
        ResolvedMention gathering = d < sentence.size() ? mentionStartingAt(agents, d) : null;
        if (gathering == null && d == t + 1 && ATTEND_VERBS.contains(lower(sentence, t))
                && (d >= sentence.size() || !Pos.isNounPhraseWord(sentence.token(d).pos()))) {
            gathering = gatheringBefore(sentence, t, agents); // "The Forum will take place in Davos and X will attend"
        }
        boolean named = gathering != null && namesGathering(sentence, gathering);
        if (gathering == null || gathering.mention().type() != EntityType.ORGANIZATION
                || !named && (JOIN_VERBS.contains(lower(sentence, t)) || !KNOWN.equals(gathering.mention().rule()))) {
            return Optional.empty(); // "attend the G20", not "attend the Dawn Service", which only the model names
        }
        return summit(sentence, t, gathering, agents, mentions, judge, published, "verb:" + lower(sentence, t));
    }

    /**
     * The summit of the attendee of a verb (the words before it, or its parse's subject) with the body of a
     * gathering, if the attendee is named.
     */
    private Optional<Meeting> summit(Sentence sentence, int t, ResolvedMention gathering,
                                     List<ResolvedMention> agents, List<ResolvedMention> mentions, StatusJudge judge,
                                     LocalDate published, String rule) {
        List<String> attendees = TriggerAgents.left(sentence, t, false, agents);
        if (attendees.stream().allMatch(a -> isDestination(sentence, t, a, agents))) {
            attendees = List.of(); // "X will travel to L'Aquila, Italy to attend the summit": X, not Italy
        }
        if (attendees.isEmpty()) {
            attendees = SyntaxSides.subjects(sentence, judge.parse(sentence), t, agents);
        }
        LinkedHashSet<String> participants = new LinkedHashSet<>(attendees);
        participants.add(gathering.entity());
        if (attendees.isEmpty() || participants.size() < 2) {
            return Optional.empty();
        }
        Meeting.Status status = judge.status(sentence, trigger(t));
        return Optional.of(new Meeting(Meeting.Kind.SUMMIT, status, List.copyOf(participants), null,
                MeetingPlaces.place(sentence, t, mentions), dates.date(sentence, t, published, status),
                List.of(sentence.index()), 0.7, rule));
    }

    /**
     * Whether the last mention before a verb of an agent that is not a person stands in a prepositional phrase, a
     * journey's destination ("to L'Aquila, Italy"), not someone who attends.
     */
    private static boolean isDestination(Sentence sentence, int t, String agent, List<ResolvedMention> agents) {
        return agents.stream().filter(m -> m.entity().equals(agent) && m.mention().tokenEnd() <= t)
                .reduce((a, b) -> b)
                .filter(m -> m.mention().type() != EntityType.PERSON)
                .map(m -> TriggerAgents.inPrepositionalPhrase(sentence, m.mention().tokenBegin(), agents))
                .orElse(false);
    }

    /**
     * The summit that a meeting held on its sidelines reports: "X met Y on the sidelines of the G20 summit" is also X's
     * and Y's attendance of the G20's summit, when a body names the gathering.
     */
    static Optional<Meeting> onSidelines(Meeting meeting, Sentence sentence, List<ResolvedMention> agents) {
        for (int i = 0; i + 2 < sentence.size(); i++) {
            if (!SIDELINE_NOUNS.contains(lower(sentence, i)) || !lower(sentence, i + 1).equals("of")) {
                continue;
            }
            int d = afterFillers(sentence, i + 2, agents);
            ResolvedMention body = d < sentence.size() ? mentionStartingAt(agents, d) : null;
            if (body != null && body.mention().type() == EntityType.ORGANIZATION && namesGathering(sentence, body)
                    && !meeting.participants().contains(body.entity())) {
                LinkedHashSet<String> parties = new LinkedHashSet<>(meeting.participants());
                parties.add(body.entity());
                return Optional.of(new Meeting(Meeting.Kind.SUMMIT, meeting.status(), List.copyOf(parties), null,
                        meeting.place(), meeting.date(), meeting.evidence(), meeting.confidence(),
                        meeting.rule() + "+sidelines"));
            }
        }
        return Optional.empty();
    }

    /** The first token from {@code d} on that is no filler before a gathering's name: "the annual", "this year's". */
    private static int afterFillers(Sentence sentence, int d, List<ResolvedMention> agents) {
        while (d < sentence.size() && mentionStartingAt(agents, d) == null
                && (FILLERS.contains(lower(sentence, d)) || Pos.isModifier(sentence.token(d).pos()))) {
            d++;
        }
        return d;
    }

    /** Whether an organization's mention, or the words just after it, name a gathering: "the East Asia Summit". */
    private static boolean namesGathering(Sentence sentence, ResolvedMention organization) {
        int end = organization.mention().tokenEnd();
        for (int i = organization.mention().tokenBegin(); i < Math.min(sentence.size(), end + GATHERING_REACH); i++) {
            if (GATHERING_NOUNS.contains(lower(sentence, i))) {
                return true;
            }
            if (i >= end && !Pos.isNounPhraseWord(sentence.token(i).pos()) && !lower(sentence, i).equals("of")) {
                return false;
            }
        }
        return false;
    }

    /** The last gathering named before a verb of attending that has no object: "the G20 summit ... X will attend". */
    private static ResolvedMention gatheringBefore(Sentence sentence, int t, List<ResolvedMention> agents) {
        ResolvedMention last = null;
        for (ResolvedMention agent : agents) {
            if (agent.mention().tokenEnd() <= t && agent.mention().type() == EntityType.ORGANIZATION
                    && namesGathering(sentence, agent)) {
                last = agent;
            }
        }
        return last;
    }

    /** Whether a token is a verb that may go to a gathering: "represent Australia at the summit". */
    static boolean isBoundForGathering(Sentence sentence, int t) {
        return BOUND_VERBS.contains(lower(sentence, t)) && !"NOUN".equals(sentence.token(t).pos());
    }

    /**
     * The summit a journey or a representation is bound for: "X will travel to Bali for the East Asia Summit", "X
     * arrived in Brisbane for the G20 summit", "I will represent Australia at the ASEAN Summit". The traveller (the
     * words before the verb, or its parse's subject) meets the body that holds the gathering.
     */
    Optional<Meeting> boundFor(Sentence sentence, int t, List<ResolvedMention> agents, List<ResolvedMention> mentions,
                               StatusJudge judge, LocalDate published) {
        if (MeetingStatus.isNegated(sentence, t)) {
            return Optional.empty();
        }
        ResolvedMention gathering = null;
        for (int i = t + 1; i + 1 < Math.min(sentence.size(), t + PURPOSE_REACH) && gathering == null; i++) {
            String w = lower(sentence, i);
            if (SentenceLib.isStatementVerb(w) || w.equals(";") || Pos.isVerb(sentence.token(i).pos())) {
                break;
            }
            if (PURPOSE_PREPOSITIONS.contains(w)) {
                int d = afterFillers(sentence, i + 1, agents);
                ResolvedMention found = d < sentence.size() ? mentionStartingAt(agents, d) : null;
                if (found != null && found.mention().type() == EntityType.ORGANIZATION
                        && namesGathering(sentence, found)) {
                    gathering = found;
                }
            }
        }
        String rule = "verb:" + lower(sentence, t) + "+for";
        return gathering == null ? Optional.empty()
                : summit(sentence, t, gathering, agents, mentions, judge, published, rule);
    }
}
