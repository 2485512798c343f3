package org.geokg.meeting;

import static org.geokg.meeting.SentenceLib.isPossessive;
import static org.geokg.meeting.SentenceLib.lower;
import static org.geokg.meeting.SentenceLib.mentionStartingAt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.geokg.lexicon.EntityType;
import org.geokg.lexicon.Words;
import org.geokg.nlp.Sentence;
import org.geokg.resolve.EntityResolver;
import org.geokg.resolve.ResolvedMention;

/**
 * The stops of a trip that takes its traveller somewhere: "The Venezuelan leader's trip has also taken him to Cuba
 * and China", "a five-day tour that will take President X to Germany and Slovakia". The person taken, or the trip's
 * owner when a pronoun is taken, visits each state named after "to".
 *
 * <p>Made per call; immutable.
 */
final class Trips {
    private static final Set<String> TAKE_VERBS = Words.set("trip-take-verb");
    /** The most words from a trip noun to the verb that takes its traveller: "trip has also taken him". */
    private static final int TRIP_REACH = 6;

    private final MeetingDates dates;
    private final Visits visits;

    Trips(MeetingDates dates, Visits visits) {
        this.dates = dates;
        this.visits = visits;
    }

    /** "The leader's trip has also taken him to A": a verb of taking shortly after a trip noun. */
    static boolean isTake(Sentence sentence, int t) {
        return TAKE_VERBS.contains(lower(sentence, t)) && tripNoun(sentence, t) >= 0;
    }

    /** The trip noun nearest before a verb of taking, within {@link #TRIP_REACH} words, or -1. */
    private static int tripNoun(Sentence sentence, int t) {
        for (int i = t - 1; i >= Math.max(0, t - TRIP_REACH); i--) {
            if (Visits.isVisitNoun(sentence, i)) {
                return i;
            }
        }
        return -1;
    }

    /** The person whose trip takes someone: "X's trip has taken him to A", else {@code null}. */
    private static ResolvedMention owner(Sentence sentence, int t, List<ResolvedMention> agents) {
        int possessive = tripNoun(sentence, t) - 1;
        ResolvedMention owner = possessive >= 0 && isPossessive(lower(sentence, possessive))
                ? SentenceLib.mentionEndingAt(agents, possessive) : null;
        return owner != null && owner.mention().type() == EntityType.PERSON ? owner : null;
    }

    /**
     * The visits of a trip's stops: "The Venezuelan leader's trip has also taken him to Cuba and China", "a tour that
     * will take X to A and B": the person taken visits each state named after "to".
     */
    List<Meeting> stops(Sentence sentence, int t, List<ResolvedMention> agents, List<ResolvedMention> mentions,
                        StatusJudge judge, EntityResolver.Resolution resolution, LocalDate published) {
        int taken = t + 1;
        while (taken < sentence.size() && taken <= t + TRIP_REACH && mentionStartingAt(agents, taken) == null
                && Coordination.isTitleOrQualifier(sentence, taken)) { // "take President Bush to"
            taken++;
        }
        ResolvedMention traveller = taken < sentence.size() ? mentionStartingAt(agents, taken) : null;
        int to = traveller == null ? -1 : traveller.mention().tokenEnd();
        ResolvedMention owner = owner(sentence, t, agents);
        if (owner != null && taken < sentence.size() && "PRON".equals(sentence.token(taken).pos())) {
            traveller = owner; // "X's trip has taken him to A": X, whoever "him" would be alone
            to = taken + 1;
        }
        if (traveller == null || traveller.mention().type() != EntityType.PERSON || to + 1 >= sentence.size()
                || !lower(sentence, to).equals("to")) {
            return List.of();
        }
        int first = to + 1;
        while (first < sentence.size() && mentionStartingAt(mentions, first) == null
                && Visits.isDestinationFiller(lower(sentence, first))) {
            first++;
        }
        Meeting.Status status = judge.status(sentence, Visits.trigger(sentence, t));
        DateValue date = dates.date(sentence, t, published, status);
        List<ResolvedMention> places = Visits.places(mentions);
        List<Meeting> found = new ArrayList<>();
        List<String> hosts = new ArrayList<>();
        for (String stop : Coordination.coordinatedFrom(sentence, first, places)) {
            ResolvedMention place = places.stream().filter(m -> m.entity().equals(stop)).findFirst().orElseThrow();
            String host = visits.stateOf(place, resolution);
            if (host != null && !hosts.contains(host) && !host.equals(traveller.entity())
                    && !Visits.isOwnState(traveller.entity(), host, resolution)) {
                hosts.add(host);
                found.add(new Meeting(Meeting.Kind.VISIT, status, List.of(traveller.entity(), host), host,
                        place.entity(), date, List.of(sentence.index()), 0.7, "verb:" + lower(sentence, t) + "+trip"));
            }
        }
        return found;
    }
}
