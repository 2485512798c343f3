package org.geokg.meeting;

import static org.geokg.meeting.SentenceLib.isPossessive;
import static org.geokg.meeting.SentenceLib.isStatementVerb;
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
 * Visits: "X visited Russia", "X will visit A, B and C", "X travelled to Japan", "X welcomed Y to Canberra", "X's
 * visit to Moscow", "X paid a visit to the United States", "X has arrived in
 * Israel", "X, who is in Bolivia for ...", "after a visit to Kenya, X warned ...". The host is the state visited (a
 * capital stands for its state) or the person visited; a person the visitor meets there makes a visit of its own
 * ("X visited Sana'a to discuss security with Y"). A trip that takes its traveller to states has a visit at each stop
 * ({@link Trips}).
 *
 * <p>Immutable and thread-safe.
 */
final class Visits {
    private static final Set<String> VISIT_NOUNS = Words.set("visit-noun");
    private static final Set<String> VISIT_VERBS = Words.set("visit-verb");
    private static final Set<String> ARRIVE_VERBS = Words.set("arrive-verb");
    private static final Set<String> TRAVEL_VERBS = Words.set("travel-verb");
    /** The most adverbs between a travel verb and its "to": "will travel next to Brazil". */
    private static final int TRAVEL_ADVERBS = 2;
    private static final Set<String> WELCOME_VERBS = Words.set("welcome-verb");
    private static final Set<String> DESTINATION_FILLERS = Words.set("destination-filler");
    /** Nouns of a person's role between the "by" of a visit and his name: "by Burma's military ruler, X". */
    private static final Set<String> ROLE_NOUNS = Words.set("role-noun");
    private static final Set<String> TALK_WORDS = Words.set("visit-talk-word");
    private static final Set<String> MEET_VERBS = Words.set("visit-meet-verb");
    /** The finite forms of "be" before "in" that make a stay abroad: "X is in Bolivia for ...". */
    private static final Set<String> BE_FORMS = Set.of("is", "was", "are", "were");
    /** Tags of the words of a title before a possessive: "the Prime Minister's visit". */
    private static final Set<String> TITLE_TAGS = Set.of("ADJ", "NOUN", "NUM");

    private final MeetingDates dates;
    private final MeetingPlaces places;

    Visits(MeetingDates dates, MeetingPlaces places) {
        this.dates = dates;
        this.places = places;
    }

    /** Whether a word may stand between a visit word and its destination: "to", "the", "capital". */
    static boolean isDestinationFiller(String word) {
        return DESTINATION_FILLERS.contains(word);
    }

    /** Whether a token is a word of a visit: "visit", "visited", "arrived in", or the "in" of a stay abroad. */
    static boolean isVisit(Sentence sentence, int t) {
        String w = lower(sentence, t);
        String next = t + 1 < sentence.size() ? lower(sentence, t + 1) : "";
        return isVisitNoun(sentence, t) || VISIT_VERBS.contains(w) || ARRIVE_VERBS.contains(w) && next.equals("in")
                || TRAVEL_VERBS.contains(w) && (next.equals("to") || toAfterAdverbs(sentence, t))
                || isStayIn(sentence, t) || Trips.isTake(sentence, t);
    }

    /**
     * Whether a word after the visit word at {@code t} may stand before the destination: "to the capital, Moscow",
     * an adjective, "of" after such a noun ("the country of Ghana"), an adverb after a travel verb ("travel next to"),
     * a time word after a visit noun ("a visit Monday to Caracas").
     */
    private static boolean beforeDestination(Sentence sentence, int t, int d) {
        String word = lower(sentence, d);
        String pos = sentence.token(d).pos();
        return DESTINATION_FILLERS.contains(word) || pos.equals("ADJ")
                || word.equals("of") && d > t + 1 && DESTINATION_FILLERS.contains(lower(sentence, d - 1))
                && "NOUN".equals(sentence.token(d - 1).pos())
                || TRAVEL_VERBS.contains(lower(sentence, t)) && d <= t + TRAVEL_ADVERBS && pos.equals("ADV")
                || isVisitNoun(sentence, t) && SentenceLib.isTimeWord(word);
    }

    /** "will travel next to Brazil", "then travels on to Paris": a travel verb, adverbs, then "to". */
    private static boolean toAfterAdverbs(Sentence sentence, int t) {
        int k = t + 1;
        while (k < sentence.size() && k <= t + TRAVEL_ADVERBS && "ADV".equals(sentence.token(k).pos())) {
            k++;
        }
        return k > t + 1 && k < sentence.size() && lower(sentence, k).equals("to");
    }

    /**
     * The visits a visit word reports: to the host state or person at its destination, and to the person met there.
     * The visitor is the one agent before the word, or the subject of its clause.
     */
    List<Meeting> at(Sentence sentence, int t, List<ResolvedMention> agents, List<ResolvedMention> mentions,
                     StatusJudge judge,
                     EntityResolver.Resolution resolution, LocalDate published) {
        if (MeetingStatus.isNegated(sentence, t)) {
            return List.of();
        }
        if (Trips.isTake(sentence, t)) {
            return new Trips(dates, this).stops(sentence, t, agents, mentions, judge, resolution, published);
        }
        boolean noun = isVisitNoun(sentence, t);
        boolean travel = TRAVEL_VERBS.contains(lower(sentence, t));
        int d = t + 1;
        while (d < sentence.size() && mentionStartingAt(mentions, d) == null && beforeDestination(sentence, t, d)) {
            d++;
        }
        int start = d;
        ResolvedMention destination = mentions.stream().filter(m -> m.mention().tokenBegin() == start)
                .filter(m -> !m.mention().demonym()).findFirst().orElse(null);
        int after = destination == null ? -1 : destination.mention().tokenEnd();
        if (destination == null || isStayIn(sentence, t) && (destination.mention().type() != EntityType.STATE
                || after >= sentence.size() || !(lower(sentence, after).equals("for")
                || lower(sentence, after).equals("to") || dates.dateAt(sentence, after, published)))) {
            return List.of();
        }
        String host = destination.mention().type() == EntityType.PERSON ? destination.entity()
                : stateOf(destination, resolution);
        String met = destination.mention().type() == EntityType.PERSON ? null
                : personMetThere(sentence, destination.mention().tokenEnd(), agents);
        if (host == null && met == null) {
            return List.of();
        }
        List<String> left = TriggerAgents.left(sentence, t, noun, agents);
        if (left.isEmpty() && noun) {
            left = visitorAfterBy(sentence, after, agents); // "a visit to India by Burma's military ruler, X"
        }
        if (left.isEmpty() && !possessedByTitle(sentence, t)) {
            left = Subjects.clauseSubject(sentence, t, agents);
        }
        String visitor = left.size() == 1 ? left.get(0) : null;
        Invitations.Invitation invitation = visitor == null ? null
                : Invitations.of(sentence, judge, t, agents);
        if (invitation != null && invitation.verb()) {
            return List.of(); // "X invited Y to visit": the invitation reports the visit (TriggeredMeetings)
        }
        boolean invitedTo = invitation != null && invitation.complement();
        if (visitor == null || !invitedTo && (visitor.equals(host) || visitor.equals(met)
                || host != null && isOwnState(visitor, host, resolution))) {
            return List.of();
        }
        Meeting.Status status = startsJourney(sentence, t) || travel && d > t + 1
                && MeetingStatus.isModal(lower(sentence, t + 1)) ? Meeting.Status.PLANNED // "is traveling next to"
                : judge.status(sentence, trigger(sentence, t));
        String place = destination.mention().type() == EntityType.PERSON ? MeetingPlaces.place(sentence, t, mentions)
                : destination.mention().type().isPlace() ? destination.entity() : null;
        String rule = (noun ? "noun:" : "verb:") + lower(sentence, t);
        DateValue date = dates.date(sentence, t, published, status);
        List<Meeting> visits = new ArrayList<>();
        if (invitation != null) { // "X extended an invitation to Y to visit", "at the invitation of X": Y visits X
            for (String inviter : invitation.inviters()) {
                if (!inviter.equals(visitor)) {
                    visits.add(new Meeting(Meeting.Kind.VISIT, status, List.of(visitor, inviter), inviter, place,
                            date, List.of(sentence.index()), 0.7, rule + "+invited"));
                }
            }
            if (invitedTo) {
                return visits;
            }
        }
        if (date == null && published != null && isStayIn(sentence, t)
                && (lower(sentence, t - 1).equals("is") || lower(sentence, t - 1).equals("are"))) {
            date = DateValue.day(published); // "X, who is in Bolivia for ...": there on the day of the news
        }
        if (host != null) {
            visits.add(new Meeting(Meeting.Kind.VISIT, status, List.of(visitor, host), host, place, date,
                    List.of(sentence.index()), 0.7, rule));
        }
        if (destination.mention().type() == EntityType.STATE || destination.mention().type().isPlace()) {
            List<ResolvedMention> places = places(mentions); // "X will visit A, B and C": a visit to each state
            List<String> others = new ArrayList<>();
            for (String listed : Coordination.coordinatedFrom(sentence, start, places)) {
                places.stream().filter(m -> m.entity().equals(listed)).findFirst()
                        .map(m -> stateOf(m, resolution)).filter(state -> !others.contains(state))
                        .ifPresent(others::add); // "Israel, the West Bank, Jordan": the states among them
            }
            for (String other : others) {
                if (!other.equals(host) && !other.equals(visitor) && !isOwnState(visitor, other, resolution)) {
                    visits.add(new Meeting(Meeting.Kind.VISIT, status, List.of(visitor, other), other, other, date,
                            List.of(sentence.index()), 0.7, rule + "+list"));
                }
            }
        }
        if (met != null) { // "X visited Moscow and met Y": the visit to the state and the one to the person
            visits.add(new Meeting(Meeting.Kind.VISIT, status, List.of(visitor, met), met, place, date,
                    List.of(sentence.index()), 0.7, rule + "+met"));
        }
        return visits;
    }

    /**
     * The visit a welcome reports: "X welcomed Y to Canberra", "X welcomed Y to Australia for an official visit" is
     * Y's visit to the state of the place, when Y holds no office of it.
     */
    List<Meeting> welcomedTo(Sentence sentence, int t, List<ResolvedMention> agents, List<ResolvedMention> mentions,
                             StatusJudge judge, EntityResolver.Resolution resolution, LocalDate published) {
        if (!WELCOME_VERBS.contains(lower(sentence, t)) || MeetingStatus.isNegated(sentence, t)) {
            return List.of();
        }
        int g = t + 1;
        while (g < sentence.size() && mentionStartingAt(agents, g) == null && Coordination.isFiller(sentence, g,
                agents) && !lower(sentence, g).equals("to")) {
            g++;
        }
        ResolvedMention guest = g < sentence.size() ? mentionStartingAt(agents, g) : null;
        int to = guest == null ? -1 : guest.mention().tokenEnd();
        if (guest == null || guest.mention().type() != EntityType.PERSON || to + 1 >= sentence.size()
                || !lower(sentence, to).equals("to")) {
            return List.of();
        }
        ResolvedMention place = mentionStartingAt(mentions, to + 1);
        if (place == null || place.mention().demonym()) {
            return List.of();
        }
        String host = stateOf(place, resolution);
        if (host == null || host.equals(guest.entity()) || isOwnState(guest.entity(), host, resolution)) {
            return List.of();
        }
        Meeting.Status status = judge.status(sentence, trigger(sentence, t));
        return List.of(new Meeting(Meeting.Kind.VISIT, status, List.of(guest.entity(), host), host, place.entity(),
                dates.date(sentence, t, published, status), List.of(sentence.index()), 0.7,
                "verb:" + lower(sentence, t) + "+to"));
    }

    /** The state a place names: itself, or the state whose capital it is; {@code null} for any other place. */
    String stateOf(ResolvedMention place, EntityResolver.Resolution resolution) {
        return switch (place.mention().type()) {
            case STATE -> place.entity();
            case CITY -> places.stateOfCapital(resolution.entities().get(place.entity()), resolution);
            default -> null;
        };
    }

    /** The mentions of states and places that name no people ("Russia", "the West Bank", not "Russian"). */
    static List<ResolvedMention> places(List<ResolvedMention> mentions) {
        return mentions.stream().filter(m -> (m.mention().type() == EntityType.STATE || m.mention().type().isPlace())
                && !m.mention().demonym()).toList();
    }

    /** The trigger of a visit word. */
    static Trigger trigger(Sentence sentence, int t) {
        return new Trigger(t, Meeting.Kind.VISIT, isVisitNoun(sentence, t), false, false, t + 1);
    }

    /**
     * The visitor a visit noun names after its destination with "by": the person of the phrase after "by", past the
     * state that qualifies him and his title, else its state or body ("a visit to Caracas by Haiti's President-Elect
     * X").
     */
    private static List<String> visitorAfterBy(Sentence sentence, int after, List<ResolvedMention> agents) {
        int i = after;
        while (i < sentence.size() && SentenceLib.isTimeWord(lower(sentence, i))) {
            i++;
        }
        if (i >= sentence.size() || !lower(sentence, i).equals("by")) {
            return List.of();
        }
        ResolvedMention first = null;
        for (int k = i + 1; k < Math.min(sentence.size(), i + 1 + SentenceLib.TRIGGER_REACH); k++) {
            ResolvedMention agent = mentionStartingAt(agents, k);
            if (agent != null && agent.mention().type() == EntityType.PERSON) {
                return List.of(agent.entity());
            }
            if (agent != null) {
                first = first == null ? agent : first;
                k = agent.mention().tokenEnd() - 1;
            } else if (!Coordination.isFiller(sentence, k, agents) && !Coordination.isTitleOrQualifier(sentence, k)
                    && !ROLE_NOUNS.contains(lower(sentence, k)) && !lower(sentence, k).equals(",")) {
                break;
            }
        }
        return first == null ? List.of() : List.of(first.entity());
    }

    static boolean isVisitNoun(Sentence sentence, int t) {
        return VISIT_NOUNS.contains(lower(sentence, t)) && !"VERB".equals(sentence.token(t).pos());
    }

    /**
     * "X is in Bolivia for the opening of ...", "Y was in Kenya to mediate", "Z was in Iran on Monday": a stay abroad
     * with a purpose or a date.
     */
    private static boolean isStayIn(Sentence sentence, int t) {
        return lower(sentence, t).equals("in") && t > 0 && BE_FORMS.contains(lower(sentence, t - 1));
    }

    /**
     * The person a visitor meets at the destination, in the same sentence: "X visited Sana'a to discuss security with
     * Y", "X visited Moscow and met Y", "X arrived in Kyiv for talks with Y".
     */
    private static String personMetThere(Sentence sentence, int from, List<ResolvedMention> agents) {
        for (int i = from; i < Math.min(sentence.size(), from + 10); i++) {
            String w = lower(sentence, i);
            if (isStatementVerb(w) || w.equals(";") || w.equals("\"")) {
                return null;
            }
            boolean withFollows = TALK_WORDS.contains(w);
            if (withFollows || MEET_VERBS.contains(w)) {
                for (int j = i + 1; j < Math.min(sentence.size(), i + 8); j++) {
                    ResolvedMention agent = mentionStartingAt(agents, j);
                    if (agent != null && agent.mention().type() == EntityType.PERSON
                            && (!withFollows || precededByWith(sentence, j, i))) {
                        return agent.entity();
                    }
                }
                return null;
            }
        }
        return null;
    }

    private static boolean precededByWith(Sentence sentence, int j, int from) {
        for (int k = j - 1; k > from; k--) {
            if (lower(sentence, k).equals("with")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a visit is a stop of a journey the sentence has just set out on ("X embarked on a tour with visits to
     * A, B and C", "X set off on a trip to A"): the stops are still ahead.
     */
    private static boolean startsJourney(Sentence sentence, int t) {
        for (int i = Math.max(0, t - 8); i < t; i++) {
            String w = lower(sentence, i);
            if (w.startsWith("embark") || w.equals("set") && i + 1 < t
                    && (lower(sentence, i + 1).equals("off") || lower(sentence, i + 1).equals("out"))) {
                return true;
            }
        }
        return false;
    }

    /** "the Prime Minister's visit": the visitor is named only by a title, so no one else is taken for it. */
    private static boolean possessedByTitle(Sentence sentence, int t) {
        int j = t - 1;
        while (j >= 0 && TITLE_TAGS.contains(sentence.token(j).pos())) {
            j--;
        }
        return j >= 0 && isPossessive(lower(sentence, j));
    }

    /** Whether a visitor holds an office of the state visited (a leader travelling at home is no visit). */
    static boolean isOwnState(String visitor, String host, EntityResolver.Resolution resolution) {
        return resolution.positions().stream().anyMatch(p -> p.person().equals(visitor) && p.state().equals(host));
    }
}
