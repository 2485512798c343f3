package org.geokg.meeting;

import static org.geokg.meeting.SentenceLib.TRIGGER_REACH;
import static org.geokg.meeting.SentenceLib.lower;
import static org.geokg.meeting.SentenceLib.mentionEndingAt;
import static org.geokg.meeting.SentenceLib.mentionStartingAt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.geokg.lexicon.EntityType;
import org.geokg.lexicon.Words;
import org.geokg.nlp.Sentence;
import org.geokg.resolve.ResolvedMention;

/**
 * The meeting a trigger reports, from the agents on its two sides: "X met (with) Y", "X and Y met", "X hosted Y",
 * "X held talks with Y", "talks between X and Y", "X's meeting with Y"; "their talks" and "the two leaders met" are
 * the pair of the meeting reported before; a trigger noun in an opening phrase takes the subject of the main clause
 * ("At a meeting in Doha, X and Y agreed"). Where the words around the trigger name no pair, or take a body for the
 * people the phrase names, the sentence's dependency parse gives the two sides ({@link SyntaxSides}); a partner that
 * the parse finds but that names no one ("X and Y met with representatives of the industry") means no meeting of
 * the subjects with each other. People listed after a partner past their titles are partners too ("met Hu, Premier
 * Wen and Chairman Wu"), and a verbless item of a government's programme has the government's state as its subject
 * ("Meetings with X and Y.").
 *
 * <p>Immutable and thread-safe.
 */
final class TriggeredMeetings {
    private static final Set<String> PAIR_NOUNS = Words.set("pair-noun");
    private static final Set<String> CONVENE_VERBS = Words.set("convene-verb");
    private static final Set<String> PASSIVE_AUXILIARIES = Words.set("passive-auxiliary");
    private static final Set<String> GROUP_NOUNS = Words.set("group-noun");
    /** Marks of a pause before a participle: "X wasted no time - launching talks". */
    private static final Set<String> PAUSES = Set.of("-", "—", "–", ",");

    private final MeetingDates dates;

    TriggeredMeetings(MeetingDates dates) {
        this.dates = dates;
    }

    /** The meeting a trigger reports, if it names two parties; {@code before} are the meetings found before it. */
    Optional<Meeting> meeting(Sentence sentence, Trigger trigger, List<ResolvedMention> agents,
                              List<ResolvedMention> mentions, List<Meeting> before, LocalDate published,
                              StatusJudge judge, String voice) {
        int t = trigger.index();
        if (MeetingStatus.isNegated(sentence, t)) {
            return Optional.empty();
        }
        List<String> left = TriggerAgents.left(sentence, t, trigger.noun(), agents);
        List<String> right = TriggerAgents.right(sentence, trigger, agents);
        String rule = trigger.noun() ? "noun:" + lower(sentence, t) : "verb:" + lower(sentence, t);
        List<String> members = people(right) == 0 ? Coordination.membersIncluded(sentence, t, agents) : List.of();
        if (!members.isEmpty()) {
            right = members; // "meet with European leaders, including French President X"
            rule = rule + "+including";
        }
        double confidence = 0.8;
        List<String> named = trigger.noun() ? CompoundNames.parties(sentence, t, agents) : List.of();
        if (named.size() >= 2 && left.size() < 2) {
            left = named; // "the US-Russia talks": the noun is named by its parties
            rule = rule + "+compound";
        }
        Optional<Meeting> previous = before.stream().filter(m -> m.status() == Meeting.Status.OCCURRED)
                .reduce((first, second) -> second);
        if (left.isEmpty() && (trigger.noun() && anaphoricPair(sentence, t) || twoOfThem(sentence, t))
                && previous.isPresent()) {
            left = previous.get().participants();
            rule = rule + "+their";
            confidence = 0.6;
        }
        if (left.isEmpty() && (trigger.noun() && afterPreposition(sentence, t)
                || !trigger.noun() && inOpeningClause(sentence, t))) {
            List<String> subject = Subjects.clauseSubject(sentence, t, agents);
            if (!subject.isEmpty() && (!right.isEmpty() || subject.size() >= 2)) {
                left = subject;
                rule = rule + "+subject";
            }
        }
        if (left.isEmpty() && trigger.noun() && participleAfterPause(sentence, t)) {
            left = Subjects.clauseSubject(sentence, t, agents);
            rule = rule + "+subject";
        }
        if (left.isEmpty() && right.isEmpty() && trigger.noun()) {
            right = chairs(sentence, t, agents);
        }
        if (trigger.noun() && betweenFollows(sentence, t)) {
            left = List.of();
        }
        if (left.isEmpty() && right.isEmpty() && trigger.noun() && lower(sentence, t).endsWith("ing")) {
            right = gerundObject(sentence, t, agents); // "ahead of meeting Foreign Minister X"
            if (!right.isEmpty()) {
                left = SyntaxSides.gerundSubjects(sentence, judge.parse(sentence), t, agents);
                rule = rule + "+gerund";
            }
        }
        boolean signing = lower(sentence, t).equals("signed");
        boolean pairFound = participants(left, right) >= 2 && (trigger.noun() || !left.isEmpty());
        boolean programmeItem = left.isEmpty() && trigger.noun() && voice != null && opensSentence(sentence, t);
        if (!pairFound && !programmeItem && agents.stream().map(ResolvedMention::entity).distinct().count() < 2) {
            return Optional.empty(); // not two parties in the sentence: no parse can find a pair
        }
        SyntaxSides.Sides sides = SyntaxSides.of(sentence, judge.parse(sentence), t, trigger.noun(), agents);
        boolean syntaxPair = sides.subjects().size() + sides.objects().size() >= 2
                && (!sides.unnamed() || signing) // what is signed is a text: "signed the treaty" names no party
                && !(trigger.hosting() && sides.qualified()); // "X received a letter from Y" receives no one
        if (pairFound && left.isEmpty() && trigger.noun() && !betweenFollows(sentence, t)
                && !sides.subjects().isEmpty() && !sides.unnamed()) {
            left = sides.subjects(); // "I will travel to A and B to hold talks with X and Y": the parse's subject
            rule = rule + "+syntax-subject";
        } else if (syntaxPair && (!pairFound || namesPeopleForQualifier(left, right, sides))) {
            left = sides.subjects(); // the words around the trigger name no pair, or a body for its people
            right = signing ? List.of() : sides.objects(); // what is signed is a text, not a party
            rule = rule + "+syntax";
        } else if (!trigger.noun() && right.isEmpty() && sides.unnamed() && !signing) {
            return Optional.empty(); // "X and Y met with representatives of the industry": not with each other
        }
        if (programmeItem && left.isEmpty() && !right.isEmpty() && !right.contains(voice)) {
            left = List.of(voice); // an item of a government's programme: "Meetings with X and Y."
            rule = rule + "+voice";
        }
        if (trigger.hosting() && right.stream().noneMatch(k -> k.startsWith("person/"))) {
            return Optional.empty(); // "welcomed the decision", "hosts the G20 summit", "received support"
        }
        if (people(right) == 0) {
            List<String> people = peopleElaborating(sentence, t, agents);
            if (!people.isEmpty()) {
                right = people; // "meet senior Chinese leaders, President X, Premier Y and Chairman Z"
                rule = rule + "+list";
            }
        }
        LinkedHashSet<String> participants = new LinkedHashSet<>(left);
        participants.addAll(right);
        participants.addAll(listedAfter(sentence, t, right, agents));
        boolean subjectless = !trigger.noun() && left.isEmpty(); // "I've met with A, with B": not A with B
        if (participants.size() < 2 || subjectless || !trigger.noun() && right.isEmpty() && left.size() < 2) {
            return Optional.empty();
        }
        if (signing && left.size() < 2 && (right.isEmpty() || trigger.objectStart() == t + 1)) {
            return Optional.empty(); // one signs a text alone; "signed a pact with Y" or "X and Y signed" are two
        }
        Meeting.Kind kind = trigger.hosting() && mentionsTalks(sentence, t) ? Meeting.Kind.TALKS : trigger.kind();
        if (participants.size() >= 3 && kind == Meeting.Kind.MEETING && lower(sentence, t).equals("summit")) {
            kind = Meeting.Kind.SUMMIT;
        }
        Meeting.Status status = trigger.planned() ? Meeting.Status.PLANNED : judge.status(sentence, trigger);
        boolean passive = t > 0 && t + 1 < sentence.size() && lower(sentence, t + 1).equals("by")
                && PASSIVE_AUXILIARIES.contains(lower(sentence, t - 1));
        List<String> hostSide = passive ? right : left; // "Y was received by X": X hosts
        String host = trigger.hosting() && hostSide.size() == 1 ? hostSide.get(0) : null;
        DateValue date = dates.date(sentence, t, published, status);
        String place = MeetingPlaces.place(sentence, t, mentions);
        return Optional.of(new Meeting(kind, status, List.copyOf(participants), host, place, date,
                List.of(sentence.index()), confidence, rule));
    }

    /**
     * Whether the parse names more people than the words around a trigger, which took a state or body for a party
     * that the parse reads as only qualifying them ("members of the US Administration, including X and Y").
     */
    private static boolean namesPeopleForQualifier(List<String> left, List<String> right, SyntaxSides.Sides sides) {
        List<String> parsed = new ArrayList<>(sides.subjects());
        parsed.addAll(sides.objects());
        boolean qualifierTaken = Stream.concat(left.stream(), right.stream())
                .anyMatch(k -> !k.startsWith("person/") && !parsed.contains(k));
        return qualifierTaken && people(parsed) > people(left) + people(right);
    }

    /**
     * The agents a gerund takes as its object, right after it past titles and modifiers: "ahead of meeting Foreign
     * Minister X and Y".
     */
    private static List<String> gerundObject(Sentence sentence, int t, List<ResolvedMention> agents) {
        int i = t + 1;
        while (i < sentence.size() && mentionStartingAt(agents, i) == null && Coordination.isFiller(sentence, i, agents)
                && !lower(sentence, i).equals(",") && !"ADP".equals(sentence.token(i).pos())) {
            i++;
        }
        ResolvedMention first = i < sentence.size() ? mentionStartingAt(agents, i) : null;
        return first != null && first.mention().type() == EntityType.PERSON
                ? Coordination.coordinatedFrom(sentence, i, agents) : List.of();
    }

    /**
     * The people listed after the people of a trigger's other side that the words and the parse miss: "met Hu, Premier
     * Wen and National People's Congress Chairman, Wu".
     */
    private static List<String> listedAfter(Sentence sentence, int t, List<String> right,
                                            List<ResolvedMention> agents) {
        List<String> listed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ResolvedMention agent : agents) { // the first mention after the trigger of each person of the side
            if (agent.mention().tokenBegin() > t && agent.mention().type() == EntityType.PERSON
                    && right.contains(agent.entity()) && seen.add(agent.entity())) {
                listed.addAll(Coordination.peopleListedAfter(sentence, agent.mention().tokenEnd(), agents));
            }
        }
        return listed;
    }

    /**
     * The people listed after a trigger to name the group it meets, which is all that stands between them: "meet
     * senior Chinese leaders, President X, Premier Y and Chairman Z".
     */
    private static List<String> peopleElaborating(Sentence sentence, int t, List<ResolvedMention> agents) {
        boolean group = false;
        for (int i = t + 1; i < Math.min(sentence.size(), t + TRIGGER_REACH); i++) {
            ResolvedMention agent = mentionStartingAt(agents, i);
            if (agent != null && agent.mention().type() == EntityType.PERSON) {
                boolean listed = lower(sentence, i - 1).equals(",") || Coordination.isTitleOrQualifier(sentence, i - 1);
                if (!group || !listed) {
                    return List.of();
                }
                List<String> people = new ArrayList<>(List.of(agent.entity()));
                people.addAll(Coordination.peopleListedAfter(sentence, agent.mention().tokenEnd(), agents));
                return people.size() >= 2 ? people : List.of();
            }
            group |= GROUP_NOUNS.contains(lower(sentence, i));
            if (agent == null && !Coordination.isFiller(sentence, i, agents)) {
                return List.of();
            }
        }
        return List.of();
    }

    /** How many people a side names. */
    private static long people(List<String> side) {
        return side.stream().filter(k -> k.startsWith("person/")).count();
    }

    /** How many parties two sides name together. */
    private static int participants(List<String> left, List<String> right) {
        LinkedHashSet<String> all = new LinkedHashSet<>(left);
        all.addAll(right);
        return all.size();
    }

    /**
     * The in-person meeting coordinated with a call: "X spoke with Y by phone and Z in person" is a call with Y and a
     * meeting with Z.
     */
    static Optional<Meeting> inPersonToo(Sentence sentence, Trigger trigger, Meeting call,
                                         List<ResolvedMention> agents) {
        if (call.kind() != Meeting.Kind.PHONE_CALL) {
            return Optional.empty();
        }
        List<String> callers = TriggerAgents.left(sentence, trigger.index(), trigger.noun(), agents);
        for (int p = trigger.index() + 2; p + 1 < sentence.size() && !callers.isEmpty(); p++) {
            boolean inPerson = lower(sentence, p).equals("in") && lower(sentence, p + 1).equals("person")
                    || lower(sentence, p).equals("face") && lower(sentence, p + 1).equals("to");
            ResolvedMention other = mentionEndingAt(agents, p);
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
            if (CONVENE_VERBS.contains(lower(sentence, i)) && lower(sentence, i + 1).equals("by")) {
                int j = i + 2;
                while (j < sentence.size() && mentionStartingAt(agents, j) == null
                        && lower(sentence, j).equals("the")) {
                    j++;
                }
                List<String> chairs = j < sentence.size() && mentionStartingAt(agents, j) != null
                        ? Coordination.coordinatedFrom(sentence, j, agents) : List.of();
                return chairs.size() >= 2 ? chairs : List.of();
            }
        }
        return List.of();
    }

    /** Whether a trigger noun opens its sentence, with nothing but modifiers before it: "Bilateral meetings with". */
    private static boolean opensSentence(Sentence sentence, int t) {
        for (int i = 0; i < t; i++) {
            if (!Pos.isModifier(sentence.token(i).pos()) && !"PUNCT".equals(sentence.token(i).pos())) {
                return false;
            }
        }
        return true;
    }

    /** "Their talks", "their first meeting": the pair of the meeting reported before. */
    private static boolean anaphoricPair(Sentence sentence, int t) {
        for (int i = t - 1; i >= Math.max(0, t - 5); i--) {
            if (lower(sentence, i).equals("their")) {
                return true;
            }
            String pos = sentence.token(i).pos();
            if (!pos.equals("ADJ") && !pos.equals("NOUN") && !pos.equals("PUNCT") && !pos.equals("VERB")) {
                return false;
            }
        }
        return false;
    }

    /** "The two leaders met", "the two sides held talks": "two" and a pair noun shortly before a trigger. */
    static boolean twoOfThem(Sentence sentence, int t) {
        for (int i = Math.max(0, t - 4); i + 1 < t; i++) {
            if (lower(sentence, i).equals("two") && PAIR_NOUNS.contains(lower(sentence, i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a trigger noun stands in a prepositional phrase: "at a meeting with", "in a telephone call with". */
    private static boolean afterPreposition(Sentence sentence, int t) {
        int j = t - 1;
        while (j >= 0 && Pos.isNounPhraseWord(sentence.token(j).pos())) {
            j--;
        }
        return j >= 0 && ("ADP".equals(sentence.token(j).pos()) || Subjects.isOpeningPreposition(lower(sentence, j)));
    }

    /** Whether a trigger verb stands in a clause that opens the sentence: "After speaking by phone, X and Y". */
    private static boolean inOpeningClause(Sentence sentence, int t) {
        if (!Subjects.isOpeningPreposition(lower(sentence, 0))) {
            return false;
        }
        for (int i = 1; i < t; i++) {
            if (lower(sentence, i).equals(",")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a trigger noun is the object of a participle set off by a dash or a comma, whose subject is the
     * sentence's: "X, Y and Z wasted no time - launching talks shortly after", "X arrived, holding talks with Y".
     */
    private static boolean participleAfterPause(Sentence sentence, int t) {
        int j = t - 1;
        while (j >= 0 && Pos.isModifier(sentence.token(j).pos())) {
            j--;
        }
        return j >= 1 && lower(sentence, j).endsWith("ing") && TriggerAgents.isLightVerb(lower(sentence, j))
                && PAUSES.contains(lower(sentence, j - 1));
    }

    /** "Talks between X and Y": both parties stand after the trigger. */
    private static boolean betweenFollows(Sentence sentence, int t) {
        int i = t + 1;
        while (i < sentence.size() && sentence.token(i).pos().equals("ADJ")) {
            i++;
        }
        return i < sentence.size() && lower(sentence, i).equals("between");
    }

    /** "X hosted Y for talks": a hosting verb with talks after it reports talks. */
    private static boolean mentionsTalks(Sentence sentence, int t) {
        for (int i = t + 1; i < Math.min(sentence.size(), t + TRIGGER_REACH); i++) {
            if (lower(sentence, i).equals("talks")) {
                return true;
            }
        }
        return false;
    }
}
