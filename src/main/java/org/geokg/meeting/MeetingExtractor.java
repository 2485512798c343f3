package org.geokg.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.geokg.lexicon.EntityType;
import org.geokg.lexicon.Gazetteer;
import org.geokg.lexicon.Titles;
import org.geokg.lexicon.Words;
import org.geokg.mention.Mention;
import org.geokg.nlp.AnalyzedText;
import org.geokg.nlp.Sentence;
import org.geokg.nlp.Token;
import org.geokg.resolve.EntityResolver;
import org.geokg.resolve.ResolvedMention;

/**
 * Finds meetings from trigger words and the agents around them, sentence by sentence:
 * <ul>
 *   <li>verbs: "X met (with) Y", "X and Y met", "X hosts/hosted/received Y", "X spoke by phone with Y";</li>
 *   <li>nouns: "X held talks with Y", "X attends a meeting with Y", "talks between X and Y", "X's meeting with Y",
 *       "a summit with Y", "a phone call with Y"; "their talks" refers to the pair of the meeting before it;</li>
 *   <li>negated triggers are dropped; modal and future ones ("will meet", "invited X to visit", "plans to hold
 *       talks") are planned, called-off ones cancelled;</li>
 *   <li>visits: "X visited Y", "X's visit to Y", "X has arrived in Y", "X, who is in Y for ...", "X visited Y to
 *       discuss ... with Z"; heads of delegation ("X represented India while Y represented China");</li>
 *   <li>summits, gathered over the article ({@link SummitDelegates} for the people speaking for its states);</li>
 *   <li>dates and places are attached by {@link PlaceAndDate}; mentions of the same meeting are merged by
 *       {@link MeetingMerger} into one meeting with all their evidence.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class MeetingExtractor {
    private static final Set<String> MEET_VERBS = Set.of("met", "meet", "meets", "meeting");
    private static final Set<String> HOST_VERBS = Set.of("hosted", "hosts", "host", "hosting", "received",
            "receives", "welcomed", "welcomes");
    private static final Set<String> PHONE_VERBS = Set.of("phoned", "telephoned", "spoke", "speaks", "talked",
            "talks", "spoken");
    private static final Set<String> DISCUSS_VERBS = Set.of("discussed", "discusses", "negotiated", "conferred");
    private static final Set<String> INVITE_VERBS = Set.of("invited", "invites", "invite", "inviting");
    private static final Set<String> NOUNS = Set.of("meeting", "meetings", "talks", "summit", "call", "conversation",
            "discussion", "discussions", "negotiations");
    private static final Set<String> NEGATIONS = Words.set("negation");
    private static final Set<String> MODALS = Words.set("modal");
    private static final Set<String> CANCELLED = Words.set("cancel-word");
    /** Words after which a cancellation no longer speaks of the trigger: "X met Y, who had cancelled ...". */
    private static final Set<String> CLAUSE_ENDS = Words.set("clause-end");
    private static final Set<String> SKIPPABLE = Words.set("agent-filler");
    private static final Set<String> SPEECH = PlaceAndDate.SPEECH;
    private static final int WINDOW = 14;
    private static final Set<String> LIGHT_VERBS = Words.set("light-verb");
    private static final Set<String> VISIT_NOUNS = Words.set("visit-noun");
    private static final Set<String> VISIT_VERBS = Words.set("visit-verb");
    private static final Set<String> ARRIVE_VERBS = Words.set("arrive-verb");
    private static final Set<String> INTRODUCERS = Words.set("opening-preposition");
    private static final Set<String> FUTURE = Words.set("future-word");
    static final Set<String> SUMMIT_WORDS = Words.set("summit-word");
    /** Verbs by which a person heads a state's side: "X represented India", "Y led the Chinese delegation". */
    private static final Set<String> REPRESENT_VERBS = Words.set("represent-verb");
    /** Nouns for the people of a side, after the demonyms that name the side: "Russian and Chinese delegations". */
    private static final Set<String> GROUP_NOUNS = Words.set("side-noun");
    private static final Set<String> NEAR_SUBJECT = Words.set("subject-adverb");
    private static final Set<String> WEEKDAYS_AND_MONTHS = Set.of("monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "week", "month", "year", "yesterday",
            "today");
    private static final Set<String> INVITED_TO = Words.set("invited-to");
    private static final Set<String> PLACE_PREPOSITIONS = Words.set("place-preposition");
    private static final Set<String> DESTINATION_FILLERS = Words.set("destination-filler");
    private static final Set<String> VISIT_TALK_WORDS = Words.set("visit-talk-word");
    private static final Set<String> PAIR_NOUNS = Words.set("pair-noun");
    private static final Set<String> CONVENE_VERBS = Words.set("convene-verb");
    private static final Set<String> PASSIVE_AUXILIARIES = Words.set("passive-auxiliary");
    private static final Set<String> FUTURE_CONJUNCTIONS = Words.set("future-conjunction");

    private final PlaceAndDate placeAndDate;

    public MeetingExtractor(Gazetteer gazetteer) {
        this.placeAndDate = new PlaceAndDate(gazetteer);
    }

    /** The meetings of one article. */
    public List<Meeting> extract(AnalyzedText text, EntityResolver.Resolution resolution, LocalDate published) {
        Map<Integer, List<ResolvedMention>> bySentence = new HashMap<>();
        for (ResolvedMention m : resolution.mentions()) {
            bySentence.computeIfAbsent(m.mention().sentence(), s -> new ArrayList<>()).add(m);
        }
        List<ResolvedMention> people = resolution.mentions().stream()
                .filter(m -> m.mention().type() == EntityType.PERSON).toList();
        List<Meeting> found = new ArrayList<>();
        Map<Integer, List<ResolvedMention>> agentsBySentence = new HashMap<>();
        for (Sentence sentence : text.sentences()) {
            List<ResolvedMention> mentions = bySentence.getOrDefault(sentence.index(), List.of());
            List<ResolvedMention> agents = agents(sentence, mentions);
            agents.addAll(pronouns(sentence, people));
            agents.sort(Comparator.comparingInt(m -> m.mention().tokenBegin()));
            agentsBySentence.put(sentence.index(), agents);
            for (int t = 0; t < sentence.size(); t++) {
                Trigger trigger = trigger(sentence, t);
                if (trigger != null) {
                    Optional<Meeting> meeting = meeting(sentence, trigger, agents, mentions, found, published);
                    meeting.ifPresent(found::add);
                    meeting.flatMap(call -> inPersonToo(sentence, trigger, call, agents)).ifPresent(found::add);
                } else if (isVisit(sentence, t)) {
                    found.addAll(visit(sentence, t, agents, mentions, resolution, published));
                }
            }
        }
        for (Sentence sentence : text.sentences()) {
            headsOfDelegation(text, sentence, agentsBySentence.get(sentence.index()),
                    bySentence.getOrDefault(sentence.index(), List.of())).ifPresent(found::add);
        }
        found.addAll(new SummitGatherer(placeAndDate, text, bySentence, agentsBySentence, published,
                resolution.positions()).summits());
        List<Meeting> dated = new ArrayList<>(found.size());
        for (Meeting meeting : found) {
            Meeting withDate = meeting.date() != null || meeting.status() != Meeting.Status.OCCURRED ? meeting
                    : placeAndDate.dateFromParagraph(text, meeting, published);
            dated.add(withDate.date() != null || meeting.status() != Meeting.Status.OCCURRED ? withDate
                    : PlaceAndDate.dateFromVisit(withDate, found, resolution.positions()));
        }
        dated.replaceAll(meeting -> PlaceAndDate.visitDateFromItsMeetings(meeting, dated, resolution.positions()));
        List<Meeting> merged = MeetingMerger.merge(dated);
        return placeAndDate.placeFromContext(text, merged, resolution, bySentence);
    }

    /**
     * The heads of delegation of talks the paragraph reports: "The 15th round of boundary talks began Monday. X
     * represented India while Y represented China", "X led the Indian delegation and Y the Chinese one".
     */
    private Optional<Meeting> headsOfDelegation(AnalyzedText text, Sentence sentence, List<ResolvedMention> agents,
                                                List<ResolvedMention> mentions) {
        Map<String, String> stateByPerson = new java.util.LinkedHashMap<>();
        int first = -1;
        for (int v = 1; v + 1 < sentence.size(); v++) {
            if (!REPRESENT_VERBS.contains(lower(sentence, v))) {
                continue;
            }
            int j = v + 1;
            while (j < sentence.size() && lower(sentence, j).equals("the")) {
                j++;
            }
            int at = j;
            ResolvedMention state = mentions.stream().filter(m -> m.mention().tokenBegin() == at
                    && m.mention().type() == EntityType.STATE).findFirst().orElse(null);
            int subject = skipToSubject(sentence, v - 1, agents);
            ResolvedMention person = subject >= 0 ? agentEndingAt(agents, subject + 1) : null;
            if (state != null && person != null && person.mention().type() == EntityType.PERSON
                    && !stateByPerson.containsValue(state.entity())) {
                stateByPerson.putIfAbsent(person.entity(), state.entity());
                first = first < 0 ? v : first;
            }
        }
        if (stateByPerson.size() < 2 || !talksInParagraph(text, sentence)
                || status(sentence, first) != Meeting.Status.OCCURRED) {
            return Optional.empty();
        }
        return Optional.of(new Meeting(Meeting.Kind.TALKS, Meeting.Status.OCCURRED,
                List.copyOf(stateByPerson.keySet()), null, null, null, List.of(sentence.index()), 0.6,
                "delegations:" + lower(sentence, first)));
    }

    /** Whether this sentence or one of the two before it in its paragraph speaks of talks or a meeting. */
    private static boolean talksInParagraph(AnalyzedText text, Sentence sentence) {
        for (int i = sentence.index(); i >= Math.max(0, sentence.index() - 2); i--) {
            Sentence s = text.sentences().get(i);
            if (s.paragraph() != sentence.paragraph()) {
                break;
            }
            for (int t = 0; t < s.size(); t++) {
                if (NOUNS.contains(lower(s, t)) || SUMMIT_WORDS.contains(lower(s, t))) {
                    return true;
                }
            }
        }
        return false;
    }

    private record Trigger(int index, Meeting.Kind kind, boolean noun, boolean hosting) {
    }

    private static Trigger trigger(Sentence sentence, int t) {
        Token token = sentence.token(t);
        String word = token.text().toLowerCase(Locale.ROOT);
        String next = t + 1 < sentence.size() ? sentence.token(t + 1).text().toLowerCase(Locale.ROOT) : "";
        String previous = t > 0 ? sentence.token(t - 1).text().toLowerCase(Locale.ROOT) : "";
        if (INVITE_VERBS.contains(word) && invitedToMeet(sentence, t)) {
            return new Trigger(t, Meeting.Kind.MEETING, false, false);
        }
        if (word.equals("meeting") && !"VERB".equals(token.pos())) {
            return new Trigger(t, Meeting.Kind.MEETING, true, false);
        }
        if (MEET_VERBS.contains(word) || word.equals("signed") && "VERB".equals(token.pos())) {
            return new Trigger(t, Meeting.Kind.MEETING, false, false);
        }
        if (DISCUSS_VERBS.contains(word) && withAhead(sentence, t) > 0) {
            return new Trigger(t, Meeting.Kind.TALKS, false, false);
        }
        if (HOST_VERBS.contains(word) && !"NOUN".equals(token.pos()) || word.equals("hosts")) {
            return new Trigger(t, Meeting.Kind.MEETING, false, true);
        }
        if (PHONE_VERBS.contains(word) && phoneNear(sentence, t) || word.equals("phoned")
                || word.equals("telephoned")) {
            return new Trigger(t, Meeting.Kind.PHONE_CALL, false, false);
        }
        if (NOUNS.contains(word) && (!"VERB".equals(token.pos()) || isSummitAfterModifier(sentence, t))) {
            Meeting.Kind kind = switch (word) {
                case "talks", "discussion", "discussions", "negotiations" -> Meeting.Kind.TALKS;
                case "summit" -> Meeting.Kind.SUMMIT;
                case "call", "conversation" -> Set.of("phone", "telephone", "video").contains(previous)
                        ? Meeting.Kind.PHONE_CALL : null;
                default -> Meeting.Kind.MEETING;
            };
            return kind == null ? null : new Trigger(t, kind, true, false);
        }
        // "Talks" opening a sentence is often tagged a verb: "Talks between Japan and Korea resumed."
        return word.equals("talks") && (next.equals("with") || next.equals("between"))
                ? new Trigger(t, Meeting.Kind.TALKS, true, false) : null;
    }

    /** "the G8 summit", "a regional summit": "summit" after a modifier, whatever the tagger says. */
    private static boolean isSummitAfterModifier(Sentence sentence, int t) {
        return lower(sentence, t).equals("summit") && t > 0
                && Set.of("DET", "ADJ", "PROPN", "NUM").contains(sentence.token(t - 1).pos());
    }

    /** "X invited Y to visit", "... to meet", "... to come", "... to talks", "... to the summit". */
    private static boolean invitedToMeet(Sentence sentence, int t) {
        for (int i = t + 2; i < Math.min(sentence.size(), t + 8); i++) {
            if (INVITED_TO.contains(lower(sentence, i))
                    && lower(sentence, i - 1).equals("to") || lower(sentence, i).equals("for")
                    && i + 1 < sentence.size() && Set.of("talks", "a").contains(lower(sentence, i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Index of "with" within eight tokens after a trigger ("discussed the ceasefire with Y"), or -1. */
    private static int withAhead(Sentence sentence, int t) {
        for (int i = t + 1; i < Math.min(sentence.size(), t + 9); i++) {
            if (lower(sentence, i).equals("with")) {
                return i;
            }
            if (Set.of(",", ";", "that", "and").contains(lower(sentence, i))) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean phoneNear(Sentence sentence, int t) {
        for (int i = t + 1; i < Math.min(sentence.size(), t + 8); i++) {
            String w = sentence.token(i).text().toLowerCase(Locale.ROOT);
            if (w.equals("phone") || w.equals("telephone")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "He" and "she" as subjects, taken as the last person named before them in the three sentences up to theirs.
     */
    private static List<ResolvedMention> pronouns(Sentence sentence, List<ResolvedMention> people) {
        List<ResolvedMention> found = new ArrayList<>();
        for (int i = 0; i + 1 < sentence.size(); i++) {
            Token token = sentence.token(i);
            String w = token.text().toLowerCase(Locale.ROOT);
            if (!(w.equals("he") || w.equals("she")) || !Set.of("VERB", "AUX", "ADV")
                    .contains(sentence.token(i + 1).pos())) {
                continue;
            }
            ResolvedMention antecedent = null;
            for (ResolvedMention person : people) {
                if (person.mention().begin() < token.begin()
                        && person.mention().sentence() >= sentence.index() - 3) {
                    antecedent = person;
                }
            }
            if (antecedent != null) {
                found.add(new ResolvedMention(new Mention(EntityType.PERSON, token.text(), token.begin(), token.end(),
                        sentence.index(), i, i + 1, antecedent.mention().name(), false, "pronoun"),
                        antecedent.entity()));
            }
        }
        return found;
    }

    private static boolean isVisit(Sentence sentence, int t) {
        String w = lower(sentence, t);
        String next = t + 1 < sentence.size() ? lower(sentence, t + 1) : "";
        return VISIT_NOUNS.contains(w) && !"VERB".equals(sentence.token(t).pos())
                || VISIT_VERBS.contains(w) || ARRIVE_VERBS.contains(w) && next.equals("in") || isStayIn(sentence, t);
    }

    /** "X is in Bolivia for the opening of ...", "Y was in Kenya to mediate": a stay abroad with a purpose. */
    private static boolean isStayIn(Sentence sentence, int t) {
        return lower(sentence, t).equals("in") && t > 0
                && Set.of("is", "was", "are", "were").contains(lower(sentence, t - 1));
    }

    /**
     * A visit: "X visited Russia", "X's visit to Moscow", "X paid a visit to the United States", "X has arrived in
     * Israel", "after a visit to Kenya, X warned ...". The host is the state visited (a city stands for its state
     * when the article names that state) or the person visited.
     */
    private List<Meeting> visit(Sentence sentence, int t, List<ResolvedMention> agents,
                                    List<ResolvedMention> mentions, EntityResolver.Resolution resolution,
                                    LocalDate published) {
        for (int i = Math.max(0, t - 3); i < t; i++) {
            if (NEGATIONS.contains(lower(sentence, i))) {
                return List.of();
            }
        }
        boolean noun = VISIT_NOUNS.contains(lower(sentence, t)) && !"VERB".equals(sentence.token(t).pos());
        int d = t + 1;
        while (d < sentence.size() && mentionStartingAt(mentions, d) == null
                && (DESTINATION_FILLERS.contains(lower(sentence, d))
                || sentence.token(d).pos().equals("ADJ"))) {
            d++;
        }
        int start = d;
        ResolvedMention destination = mentions.stream().filter(m -> m.mention().tokenBegin() == start)
                .filter(m -> !m.mention().demonym()).findFirst().orElse(null);
        int after = destination == null ? -1 : destination.mention().tokenEnd();
        if (destination == null || isStayIn(sentence, t) && (destination.mention().type() != EntityType.STATE
                || after >= sentence.size() || !Set.of("for", "to").contains(lower(sentence, after)))) {
            return List.of();
        }
        String host = switch (destination.mention().type()) {
            case STATE, PERSON -> destination.entity();
            case CITY -> placeAndDate.isCapital(resolution.entities().get(destination.entity()))
                    ? PlaceAndDate.stateOf(resolution.entities().get(destination.entity()), resolution) : null;
            default -> null;
        };
        String met = destination.mention().type() == EntityType.PERSON ? null
                : personMetThere(sentence, destination.mention().tokenEnd(), agents);
        if (host == null && met == null) {
            return List.of();
        }
        Trigger trigger = new Trigger(t, Meeting.Kind.VISIT, noun, false);
        List<String> left = leftAgents(sentence, t, trigger, agents);
        if (left.isEmpty() && !possessedByNominal(sentence, t)) {
            left = clauseSubject(sentence, t, agents);
        }
        String visitor = left.size() == 1 ? left.get(0) : null;
        if (visitor == null || visitor.equals(host) || visitor.equals(met)
                || host != null && isOwnState(visitor, host, resolution)) {
            return List.of();
        }
        Meeting.Status status = startsJourney(sentence, t) ? Meeting.Status.PLANNED : status(sentence, t);
        String place = destination.mention().type() == EntityType.PERSON ? PlaceAndDate.place(sentence, t, mentions)
                : destination.mention().type().isPlace() ? destination.entity() : null;
        String rule = (noun ? "noun:" : "verb:") + lower(sentence, t);
        DateValue date = placeAndDate.date(sentence, t, published, status);
        if (date == null && published != null && isStayIn(sentence, t)
                && Set.of("is", "are").contains(lower(sentence, t - 1))) {
            date = DateValue.day(published); // "X, who is in Bolivia for ...": there on the day of the news
        }
        List<Meeting> visits = new ArrayList<>();
        if (host != null) {
            visits.add(new Meeting(Meeting.Kind.VISIT, status, List.of(visitor, host), host, place, date,
                    List.of(sentence.index()), 0.7, rule));
        }
        if (met != null) { // "X visited Moscow and met Y": the visit to the state and the one to the person
            visits.add(new Meeting(Meeting.Kind.VISIT, status, List.of(visitor, met), met, place, date,
                    List.of(sentence.index()), 0.7, rule + "+met"));
        }
        return visits;
    }

    /**
     * The person a visitor meets at the destination, in the same sentence: "X visited Sana'a to discuss security with
     * Y", "X visited Moscow and met Y", "X arrived in Kyiv for talks with Y".
     */
    private static String personMetThere(Sentence sentence, int from, List<ResolvedMention> agents) {
        for (int i = from; i < Math.min(sentence.size(), from + 10); i++) {
            String w = lower(sentence, i);
            if (SPEECH.contains(w) || w.equals(";") || w.equals("\"")) {
                return null;
            }
            boolean withFollows = VISIT_TALK_WORDS.contains(w);
            if (withFollows || MEET_VERBS.contains(w)) {
                for (int j = i + 1; j < Math.min(sentence.size(), i + 8); j++) {
                    ResolvedMention agent = agentStartingAt(agents, j);
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
                    && Set.of("off", "out").contains(lower(sentence, i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** "the Prime Minister's visit": the visitor is named only by a title, so no one else is taken for it. */
    private static boolean possessedByNominal(Sentence sentence, int t) {
        int j = t - 1;
        while (j >= 0 && Set.of("ADJ", "NOUN", "NUM").contains(sentence.token(j).pos())) {
            j--;
        }
        return j >= 0 && lower(sentence, j).matches("['’]s");
    }

    /** Whether a visitor holds an office of the state visited (a leader travelling at home is no visit). */
    private static boolean isOwnState(String visitor, String host, EntityResolver.Resolution resolution) {
        return resolution.positions().stream().anyMatch(p -> p.person().equals(visitor) && p.state().equals(host));
    }

    private static ResolvedMention mentionStartingAt(List<ResolvedMention> mentions, int begin) {
        return mentions.stream().filter(m -> m.mention().tokenBegin() == begin).findFirst().orElse(null);
    }

    /**
     * The subject of the main clause around a trigger in a prepositional phrase, with the agents coordinated with
     * it: "In a telephone conversation with X, Y declared" → Y; "At a meeting in Jerusalem, Tuesday, X and Y agreed"
     * → X, Y; "X said ... during her visit to Z" → X; "X and Y ... in the 15th round of boundary talks" → X, Y.
     */
    private static List<String> clauseSubject(Sentence sentence, int t, List<ResolvedMention> agents) {
        boolean introductory = sentence.size() > 0 && INTRODUCERS.contains(lower(sentence, 0));
        for (int i = 0; i < t && introductory; i++) {
            introductory = !lower(sentence, i).equals(",");
        }
        if (introductory) {
            for (int i = t + 1; i < sentence.size(); i++) {
                if (lower(sentence, i).equals(",")) {
                    int j = i + 1;
                    while (j < sentence.size() && isSkippable(sentence, j, agents) && !lower(sentence, j).equals(",")) {
                        j++;
                    }
                    if (j < sentence.size() && agentStartingAt(agents, j) != null) {
                        return coordinatedFrom(sentence, j, agents);
                    }
                }
            }
            return List.of();
        }
        for (ResolvedMention agent : agents) {
            int begin = agent.mention().tokenBegin();
            if (begin >= t) {
                return List.of();
            }
            int j = begin - 1;
            while (j >= 0 && isSkippable(sentence, j, agents) && !lower(sentence, j).equals(",")) {
                j--;
            }
            boolean afterIntroduction = j >= 1 && j <= 6 && lower(sentence, j).equals(",")
                    && INTRODUCERS.contains(lower(sentence, 0)); // "On Thursday, NATO leaders ..."
            if (j < 0 || afterIntroduction) {
                for (int i = agent.mention().tokenEnd(); i < t; i++) {
                    if (SPEECH.contains(lower(sentence, i)) || lower(sentence, i).equals("that")) {
                        return List.of();
                    }
                }
                return coordinatedFrom(sentence, begin, agents);
            }
        }
        return List.of();
    }

    /** The agent starting at a token and the agents coordinated with it ("X, Y and Z"). */
    static List<String> coordinatedFrom(Sentence sentence, int start, List<ResolvedMention> agents) {
        List<String> found = new ArrayList<>();
        boolean joinedByAnd = false;
        int i = start;
        while (i < sentence.size()) {
            ResolvedMention agent = agentStartingAt(agents, i);
            if (agent == null) {
                if (isSkippable(sentence, i, agents) && !lower(sentence, i).equals(",") && !found.isEmpty()) {
                    i++;
                    continue;
                }
                break;
            }
            found.add(agent.entity());
            i = agent.mention().tokenEnd();
            if (i < sentence.size() && (lower(sentence, i).equals("and") || lower(sentence, i).equals(","))) {
                joinedByAnd |= lower(sentence, i).equals("and");
                i++;
                if (i < sentence.size() && lower(sentence, i).equals("and")) {
                    joinedByAnd = true; // "X, Y, and Z"
                    i++;
                }
            } else {
                break;
            }
        }
        return listOrFirst(found, joinedByAnd);
    }

    /** Agent mentions of a sentence, without the states and bodies that only qualify a title or a name. */
    private static List<ResolvedMention> agents(Sentence sentence, List<ResolvedMention> mentions) {
        List<ResolvedMention> agents = new ArrayList<>();
        for (ResolvedMention m : mentions) {
            if (m.mention().type().isAgent() && !isQualifier(sentence, m.mention(), mentions)
                    && !isPlaceUse(sentence, m.mention(), mentions)) {
                agents.add(m);
            }
        }
        return agents;
    }

    /** A state named as a place: "in Russia", "to China", "Doha, Qatar". */
    private static boolean isPlaceUse(Sentence sentence, Mention m, List<ResolvedMention> mentions) {
        if (m.type() != EntityType.STATE || m.demonym() || m.tokenBegin() == 0) {
            return false;
        }
        String before = lower(sentence, m.tokenBegin() - 1);
        if (PLACE_PREPOSITIONS.contains(before)) {
            return true;
        }
        return before.equals(",") && mentions.stream().anyMatch(o -> o.mention().tokenEnd() == m.tokenBegin() - 1
                && (o.mention().type() == EntityType.CITY || o.mention().type() == EntityType.REGION));
    }

    private static boolean isQualifier(Sentence sentence, Mention m, List<ResolvedMention> mentions) {
        if (m.type() == EntityType.PERSON) {
            return false;
        }
        int next = m.tokenEnd();
        if (next < sentence.size() && sentence.token(next).text().matches("['’]s?")) {
            next++;
        }
        if (next >= sentence.size()) {
            return false;
        }
        for (int length = 1; length <= 4 && next + length <= sentence.size(); length++) {
            if (Titles.titleEndingAt(sentence, next + length) == length) {
                return true;
            }
        }
        int after = next;
        return mentions.stream().anyMatch(o -> o.mention().tokenBegin() == after
                && o.mention().type() == EntityType.PERSON);
    }

    private Optional<Meeting> meeting(Sentence sentence, Trigger trigger, List<ResolvedMention> agents,
                                      List<ResolvedMention> mentions, List<Meeting> before, LocalDate published) {
        int t = trigger.index();
        for (int i = Math.max(0, t - 3); i < t; i++) {
            if (NEGATIONS.contains(lower(sentence, i))) {
                return Optional.empty();
            }
        }
        List<String> left = leftAgents(sentence, t, trigger, agents);
        List<String> right = rightAgents(sentence, t, trigger, agents);
        String rule = trigger.noun() ? "noun:" + lower(sentence, t) : "verb:" + lower(sentence, t);
        double confidence = 0.8;
        Optional<Meeting> previous = before.stream().filter(m -> m.status() == Meeting.Status.OCCURRED)
                .reduce((first, second) -> second);
        if (left.isEmpty() && (trigger.noun() && anaphoricPair(sentence, t) || twoOfThem(sentence, t))
                && previous.isPresent()) {
            left = previous.get().participants();
            rule = rule + "+their";
            confidence = 0.6;
        }
        if (left.isEmpty() && trigger.noun() && afterPreposition(sentence, t)) {
            List<String> subject = clauseSubject(sentence, t, agents);
            if (!subject.isEmpty() && (!right.isEmpty() || subject.size() >= 2)) {
                left = subject;
                rule = rule + "+subject";
            }
        }
        if (left.isEmpty() && trigger.noun() && participleAfterPause(sentence, t)) {
            left = clauseSubject(sentence, t, agents);
            rule = rule + "+subject";
        }
        if (left.isEmpty() && right.isEmpty() && trigger.noun()) {
            right = chairs(sentence, t, agents);
        }
        if (trigger.noun() && betweenFollows(sentence, t)) {
            left = List.of();
        }
        if (trigger.hosting() && right.stream().noneMatch(k -> k.startsWith("person/"))) {
            return Optional.empty(); // "welcomed the decision", "hosts the G20 summit", "received support"
        }
        LinkedHashSet<String> participants = new LinkedHashSet<>(left);
        participants.addAll(right);
        boolean subjectless = !trigger.noun() && left.isEmpty(); // "I've met with A, with B": not A with B
        if (participants.size() < 2 || subjectless || !trigger.noun() && right.isEmpty() && left.size() < 2) {
            return Optional.empty();
        }
        if (lower(sentence, t).equals("signed") && left.size() < 2) {
            return Optional.empty();
        }
        Meeting.Kind kind = trigger.hosting() && mentionsTalks(sentence, t) ? Meeting.Kind.TALKS : trigger.kind();
        if (participants.size() >= 3 && kind == Meeting.Kind.MEETING && lower(sentence, t).equals("summit")) {
            kind = Meeting.Kind.SUMMIT;
        }
        Meeting.Status status = rule.contains("+subject") ? statusFromSubject(sentence, t, agents, left)
                : status(sentence, t);
        boolean passive = t > 0 && t + 1 < sentence.size() && lower(sentence, t + 1).equals("by")
                && PASSIVE_AUXILIARIES.contains(lower(sentence, t - 1));
        List<String> hostSide = passive ? right : left; // "Y was received by X": X hosts
        String host = trigger.hosting() && hostSide.size() == 1 ? hostSide.get(0) : null;
        DateValue date = placeAndDate.date(sentence, t, published, status);
        String place = PlaceAndDate.place(sentence, t, mentions);
        return Optional.of(new Meeting(kind, status, List.copyOf(participants), host, place, date,
                List.of(sentence.index()), confidence, rule));
    }

    /**
     * The in-person meeting coordinated with a call: "X spoke with Y by phone and Z in person" is a call with Y and a
     * meeting with Z.
     */
    private static Optional<Meeting> inPersonToo(Sentence sentence, Trigger trigger, Meeting call,
                                                 List<ResolvedMention> agents) {
        if (call.kind() != Meeting.Kind.PHONE_CALL) {
            return Optional.empty();
        }
        List<String> callers = leftAgents(sentence, trigger.index(), trigger, agents);
        for (int p = trigger.index() + 2; p + 1 < sentence.size() && !callers.isEmpty(); p++) {
            boolean inPerson = lower(sentence, p).equals("in") && lower(sentence, p + 1).equals("person")
                    || lower(sentence, p).equals("face") && lower(sentence, p + 1).equals("to");
            ResolvedMention other = agentEndingAt(agents, p);
            if (inPerson && other != null && !call.participants().contains(other.entity())) {
                List<String> participants = new ArrayList<>(callers);
                participants.add(other.entity());
                return Optional.of(new Meeting(Meeting.Kind.MEETING, call.status(), participants, null,
                        call.place(), call.date(), call.evidence(), call.confidence(), call.rule() + "+in-person"));
            }
        }
        return Optional.empty();
    }

    /**
     * The coordinated agents that chair or host an otherwise unnamed gathering: "a meeting of ten countries chaired
     * by the UK and US".
     */
    private static List<String> chairs(Sentence sentence, int t, List<ResolvedMention> agents) {
        for (int i = t + 1; i + 1 < Math.min(sentence.size(), t + 8); i++) {
            if (CONVENE_VERBS.contains(lower(sentence, i))
                    && lower(sentence, i + 1).equals("by")) {
                int j = i + 2;
                while (j < sentence.size() && agentStartingAt(agents, j) == null && lower(sentence, j).equals("the")) {
                    j++;
                }
                List<String> chairs = j < sentence.size() && agentStartingAt(agents, j) != null
                        ? coordinatedFrom(sentence, j, agents) : List.of();
                return chairs.size() >= 2 ? chairs : List.of();
            }
        }
        return List.of();
    }

    /** The status of a trigger whose subject stands far before it: any modal word in between makes it planned. */
    private static Meeting.Status statusFromSubject(Sentence sentence, int t, List<ResolvedMention> agents,
                                                    List<String> subject) {
        int from = agents.stream().filter(a -> subject.contains(a.entity())).mapToInt(a -> a.mention().tokenEnd())
                .min().orElse(t);
        for (int i = from; i < t; i++) {
            if (FUTURE.contains(lower(sentence, i))) {
                return Meeting.Status.PLANNED;
            }
        }
        return status(sentence, t);
    }

    /**
     * Whether a trigger noun is the object of a participle set off by a dash or a comma, whose subject is the
     * sentence's: "X, Y and Z wasted no time - launching talks shortly after", "X arrived, holding talks with Y".
     */
    private static boolean participleAfterPause(Sentence sentence, int t) {
        int j = t - 1;
        while (j >= 0 && Set.of("ADJ", "DET", "NUM").contains(sentence.token(j).pos())) {
            j--;
        }
        return j >= 1 && lower(sentence, j).endsWith("ing") && LIGHT_VERBS.contains(lower(sentence, j))
                && Set.of("-", "—", "–", ",").contains(lower(sentence, j - 1));
    }

    private static boolean betweenFollows(Sentence sentence, int t) {
        int i = t + 1;
        while (i < sentence.size() && sentence.token(i).pos().equals("ADJ")) {
            i++;
        }
        return i < sentence.size() && lower(sentence, i).equals("between");
    }

    /** Whether a trigger noun stands in a prepositional phrase: "at a meeting with", "in a telephone call with". */
    private static boolean afterPreposition(Sentence sentence, int t) {
        int j = t - 1;
        while (j >= 0 && Set.of("ADJ", "DET", "NOUN", "NUM", "PRON", "PROPN").contains(sentence.token(j).pos())) {
            j--;
        }
        return j >= 0 && ("ADP".equals(sentence.token(j).pos()) || INTRODUCERS.contains(lower(sentence, j)));
    }

    private static boolean mentionsTalks(Sentence sentence, int t) {
        for (int i = t + 1; i < Math.min(sentence.size(), t + WINDOW); i++) {
            if (lower(sentence, i).equals("talks")) {
                return true;
            }
        }
        return false;
    }

    /** "The two leaders met", "the two sides held talks": the parties of the meeting reported before. */
    private static boolean twoOfThem(Sentence sentence, int t) {
        for (int i = Math.max(0, t - 4); i + 1 < t; i++) {
            if (lower(sentence, i).equals("two") && PAIR_NOUNS.contains(lower(sentence, i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean anaphoricPair(Sentence sentence, int t) {
        for (int i = t - 1; i >= Math.max(0, t - 5); i--) {
            String w = lower(sentence, i);
            if (w.equals("their")) {
                return true;
            }
            String pos = sentence.token(i).pos();
            if (!pos.equals("ADJ") && !pos.equals("NOUN") && !pos.equals("PUNCT") && !pos.equals("VERB")) {
                return false;
            }
        }
        return false;
    }

    /**
     * The agents before a trigger: the subject of a trigger verb ("X met", "X, the foreign minister, met", "X and Y
     * met"), the owner of a trigger noun ("X's meeting with"), or the subject of a light verb before it ("X held
     * talks with", "X attends a meeting with").
     */
    private static List<String> leftAgents(Sentence sentence, int t, Trigger trigger, List<ResolvedMention> agents) {
        int j = t - 1;
        if (trigger.noun()) {
            int possessive = -1;
            while (j >= 0 && (Set.of("ADJ", "NUM", "DET", "NOUN").contains(sentence.token(j).pos())
                    || MODALS.contains(lower(sentence, j)) || WEEKDAYS_AND_MONTHS.contains(lower(sentence, j))
                    || Set.of("his", "her").contains(lower(sentence, j)))
                    && agentEndingAt(agents, j + 1) == null || j >= 0 && lower(sentence, j).equals("-")) {
                if (Set.of("his", "her").contains(lower(sentence, j))) {
                    possessive = j;
                }
                j--;
            }
            if (possessive >= 0 && !(j >= 0 && (LIGHT_VERBS.contains(lower(sentence, j))
                    || CANCELLED.contains(lower(sentence, j))))) {
                int before = possessive;
                return agents.stream().filter(a -> a.mention().tokenEnd() <= before
                                && a.mention().type() == EntityType.PERSON)
                        .reduce((first, second) -> second).map(a -> List.of(a.entity())).orElse(List.of());
            }
            if (j >= 0 && lower(sentence, j).matches("['’]s")) {
                j--;
            } else if (j >= 0 && (LIGHT_VERBS.contains(lower(sentence, j)) || CANCELLED.contains(lower(sentence, j)))) {
                j = skipToSubject(sentence, j - 1, agents);
            } else {
                return List.of();
            }
        } else {
            j = skipToSubject(sentence, j, agents);
        }
        List<String> found = new ArrayList<>();
        boolean joinedByAnd = false;
        ResolvedMention agent = j >= 0 ? agentEndingAt(agents, j + 1) : null;
        while (agent != null) {
            found.add(agent.entity());
            int k = agent.mention().tokenBegin() - 1;
            while (k >= 0 && isSkippable(sentence, k, agents) && !lower(sentence, k).equals(",")) {
                k--;
            }
            if (k < 1 || !(lower(sentence, k).equals("and") || lower(sentence, k).equals(","))) {
                break;
            }
            joinedByAnd |= lower(sentence, k).equals("and");
            k--;
            while (k >= 0 && isSkippable(sentence, k, agents) && !lower(sentence, k).equals(",")) {
                k--;
            }
            if (k >= 0 && lower(sentence, k).equals(",") && agentEndingAt(agents, k) == null) {
                k = beforeAppositive(sentence, k, agents); // "X, China's minister, and Y, India's envoy, signed"
            }
            agent = k >= 0 ? agentEndingAt(agents, k + 1) : null;
        }
        List<String> nearestFirst = listOrFirst(found, joinedByAnd);
        List<String> inTextOrder = new ArrayList<>(nearestFirst);
        java.util.Collections.reverse(inTextOrder);
        return inTextOrder;
    }

    /**
     * Index of the last token of the subject before position {@code j}, skipping adverbs, auxiliaries, dates and
     * an appositive between commas ("X, the foreign minister, met").
     */
    static int skipToSubject(Sentence sentence, int j, List<ResolvedMention> agents) {
        while (j >= 0) {
            Token token = sentence.token(j);
            String w = token.text().toLowerCase(Locale.ROOT);
            if (agentEndingAt(agents, j + 1) != null) {
                return j;
            }
            if (GROUP_NOUNS.contains(w) && agentEndingAt(agents, j) != null) {
                return j - 1; // "Russian and Chinese delegations held talks"
            }
            if (Set.of("ADV", "AUX", "PART").contains(token.pos()) || NEAR_SUBJECT.contains(w) || MODALS.contains(w)
                    || w.equals("to")
                    || "NUM".equals(token.pos()) || WEEKDAYS_AND_MONTHS.contains(w)) {
                j--;
            } else if (w.equals(",") && agentEndingAt(agents, j) != null) {
                return j - 1; // "Yemen's Foreign Minister, Abu Bakr al-Qirbi, asked"
            } else if (w.equals(",")) {
                int open = j - 1;
                while (open >= Math.max(0, j - 12) && !lower(sentence, open).equals(",")) {
                    open--;
                }
                if (open < 1 || agentEndingAt(agents, open) == null) {
                    return -1;
                }
                j = open - 1;
            } else {
                return relativeClauseSubject(sentence, j, agents);
            }
        }
        return -1;
    }

    /**
     * The last token of the name before an appositive that ends at the comma {@code k} ("X, China's Assistant
     * Foreign Minister,"), or -1 when the phrase between the commas holds a verb or is not after a name.
     */
    private static int beforeAppositive(Sentence sentence, int k, List<ResolvedMention> agents) {
        for (int open = k - 1; open >= Math.max(1, k - 10); open--) {
            String pos = sentence.token(open).pos();
            if ("VERB".equals(pos) || "AUX".equals(pos)) {
                return -1;
            }
            if (lower(sentence, open).equals(",")) {
                return agentEndingAt(agents, open) != null ? open - 1 : -1;
            }
        }
        return -1;
    }

    /** "X, who is in Doha meeting with Y": the last token of X, or -1. */
    private static int relativeClauseSubject(Sentence sentence, int j, List<ResolvedMention> agents) {
        for (int i = j; i >= Math.max(2, j - 10); i--) {
            String w = lower(sentence, i);
            if ((w.equals("who") || w.equals("which")) && lower(sentence, i - 1).equals(",")
                    && agentEndingAt(agents, i - 1) != null) {
                return i - 2;
            }
            if (SPEECH.contains(w) || w.equals(";")) {
                return -1;
            }
        }
        return -1;
    }

    private static List<String> rightAgents(Sentence sentence, int t, Trigger trigger, List<ResolvedMention> agents) {
        List<String> found = new ArrayList<>();
        int i = DISCUSS_VERBS.contains(lower(sentence, t)) ? withAhead(sentence, t) + 1 : t + 1;
        if (trigger.noun()) {
            while (i < sentence.size() && sentence.token(i).pos().equals("ADJ")) {
                i++;
            }
            if (i >= sentence.size() || !Set.of("with", "between").contains(lower(sentence, i))) {
                return found;
            }
            i++;
        }
        int limit = Math.min(sentence.size(), t + WINDOW);
        boolean joinedByAnd = false;
        while (i < limit) {
            ResolvedMention agent = agentStartingAt(agents, i);
            if (agent != null) {
                found.add(agent.entity());
                i = agent.mention().tokenEnd();
                limit = Math.min(sentence.size(), i + WINDOW);
                if (i < limit && (lower(sentence, i).equals("and") || lower(sentence, i).equals(","))) {
                    joinedByAnd |= lower(sentence, i).equals("and");
                    i++;
                    if (i < limit && lower(sentence, i).equals("and")) {
                        joinedByAnd = true;
                        i++;
                    }
                    continue;
                }
                break;
            }
            if (!isSkippable(sentence, i, agents) || found.size() > 0 && lower(sentence, i).equals(",")) {
                break;
            }
            i++;
        }
        return listOrFirst(found, joinedByAnd);
    }

    /** A list of agents joined only by commas is an appositive ("X, president of Y"), not a coordination. */
    private static List<String> listOrFirst(List<String> found, boolean joinedByAnd) {
        List<String> agents = distinct(found);
        return joinedByAnd || agents.size() < 2 ? agents : List.of(agents.get(0));
    }

    private static boolean isSkippable(Sentence sentence, int i, List<ResolvedMention> agents) {
        Token token = sentence.token(i);
        if (agents.stream().anyMatch(a -> a.mention().tokenBegin() <= i && i < a.mention().tokenEnd())) {
            return false;
        }
        if (sentence.token(i).isCapitalized() && agentStartingAt(agents, i) == null && isQualifierToken(token)) {
            return true;
        }
        String w = token.text().toLowerCase(Locale.ROOT);
        return SKIPPABLE.contains(w) || Titles.isTitleWord(w) || token.pos().equals("ADJ")
                || token.pos().equals("DET") || token.pos().equals("PROPN") && agentStartingAt(agents, i) == null
                && Titles.isTitleWord(w);
    }

    /** Capitalized words that qualify a name: demonyms and possessed states, already left out of the agents. */
    private static boolean isQualifierToken(Token token) {
        return "PROPN".equals(token.pos()) || "ADJ".equals(token.pos());
    }

    static ResolvedMention agentEndingAt(List<ResolvedMention> agents, int end) {
        for (ResolvedMention a : agents) {
            if (a.mention().tokenEnd() == end) {
                return a;
            }
        }
        return null;
    }

    static ResolvedMention agentStartingAt(List<ResolvedMention> agents, int begin) {
        for (ResolvedMention a : agents) {
            if (a.mention().tokenBegin() == begin) {
                return a;
            }
        }
        return null;
    }

    static Meeting.Status status(Sentence sentence, int t) {
        if (INVITE_VERBS.contains(lower(sentence, t))) {
            return Meeting.Status.PLANNED;
        }
        for (int i = Math.max(0, t - 4); i < Math.min(sentence.size(), t + WINDOW); i++) {
            String w = lower(sentence, i);
            if (i > t + 3 && CLAUSE_ENDS.contains(w)) {
                break;
            }
            if (CANCELLED.contains(w) && (i < t || !w.equals("off") || lower(sentence, i - 1).equals("called"))) {
                return Meeting.Status.CANCELLED;
            }
        }
        for (int i = Math.max(0, t - 4); i < t; i++) {
            String w = lower(sentence, i);
            if (MODALS.contains(w) || w.equals("to") && i == t - 1) {
                return Meeting.Status.PLANNED;
            }
        }
        if (lower(sentence, t).endsWith("s") && "VERB".equals(sentence.token(t).pos())) {
            for (int i = Math.max(0, t - 6); i < t; i++) {
                if (FUTURE_CONJUNCTIONS.contains(lower(sentence, i))) {
                    return Meeting.Status.PLANNED; // "when X visits India": a future visit
                }
            }
        }
        return Meeting.Status.OCCURRED;
    }

    private static List<String> distinct(List<String> keys) {
        return List.copyOf(new LinkedHashSet<>(keys));
    }

    /** The token in lower case with a straight apostrophe, so that "didn’t" is negated like "didn't". */
    static String lower(Sentence sentence, int i) {
        return sentence.token(i).text().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }
}
