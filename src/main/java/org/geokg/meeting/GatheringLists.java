package org.geokg.meeting;

import static org.geokg.meeting.SentenceLib.lower;
import static org.geokg.meeting.SentenceLib.mentionStartingAt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.geokg.lexicon.EntityType;
import org.geokg.lexicon.Words;
import org.geokg.nlp.Sentence;
import org.geokg.resolve.ResolvedMention;
import org.geokg.syntax.Parse;

/**
 * Gatherings of many states or bodies that a sentence lists: a gathering noun with three or more of them listed
 * after a list word in the same sentence ("the six-party talks - involving A, B, C and D - recessed", "the talks
 * include A, B, C and D", "Authorities from A, B and C made the pledge at a conference"), or listed next to it
 * ("Ministers of A, B, C and D ended a conference"), and the same gathering
 * named again by the same words in another sentence of the article ("the six-party talks will resume"), or by its
 * kind with some of its parties when the article lists one gathering of that kind ("At the last round of talks, North
 * Korea agreed"), which has the parties listed for it.
 *
 * <p>One per article; not thread-safe.
 */
final class GatheringLists {
    /** Gathering nouns and the kind of meeting each reports. */
    private static final Map<String, Meeting.Kind> NOUNS = kinds();
    /** Words after which the parties of a gathering are listed: "involving", "include", "from", "between". */
    private static final Set<String> LIST_OPENERS = Words.set("gathering-list-opener");
    /** Words that may stand between a list word and the first party: "the", "both", "delegates of". */
    private static final Set<String> LIST_FILLERS = Words.set("summit-list-filler");
    /** Nouns after a gathering noun that make it a call: "a conference call". */
    private static final Set<String> CALL_NOUNS = Words.set("list-call-noun");
    private static final int MIN_PARTIES = 3;
    /** The most words between a gathering noun and a list of its parties with no list word before it. */
    private static final int LIST_REACH = 8;
    /** List words that name the states of a side's people, not of a gathering: "from", "of". */
    private static final Set<String> PEOPLE_OPENERS = Words.set("gathering-people-opener");
    /** Nouns for a side's people: "authorities from", "representatives of". */
    private static final Set<String> SIDE_NOUNS = Words.set("side-noun");

    private final MeetingDates dates;
    private final LocalDate published;
    private final StatusJudge judge;
    /** The parties listed for each gathering named by more than its noun ("six party talks"), in article order. */
    private final Map<String, List<String>> partiesByName = new LinkedHashMap<>();
    /** The party lists of the gatherings the article lists, by kind. */
    private final Map<Meeting.Kind, List<List<String>>> partiesByKind = new LinkedHashMap<>();
    /** The parties of the gathering each sentence lists, by the sentence's index. */
    private final Map<Integer, List<String>> partiesBySentence = new LinkedHashMap<>();
    private final List<Sentence> unlisted = new ArrayList<>();

    GatheringLists(MeetingDates dates, LocalDate published, StatusJudge judge) {
        this.dates = dates;
        this.published = published;
        this.judge = judge;
    }

    /** The gathering a sentence lists the parties of, if any; remembers the sentence for {@link #namedAgain}. */
    List<Meeting> listedIn(Sentence sentence, List<ResolvedMention> mentions) {
        int noun = gatheringNoun(sentence);
        if (noun < 0) {
            return List.of();
        }
        List<String> parties = listedParties(sentence, mentions, noun);
        if (parties.size() < MIN_PARTIES) {
            unlisted.add(sentence);
            return List.of();
        }
        String name = name(sentence, noun);
        if (name.contains(" ")) {
            partiesByName.putIfAbsent(name, parties);
        }
        List<List<String>> ofKind = partiesByKind.computeIfAbsent(kind(sentence, noun), k -> new ArrayList<>());
        if (!ofKind.contains(parties)) {
            ofKind.add(parties);
        }
        partiesBySentence.put(sentence.index(), parties);
        return List.of(meeting(sentence, noun, parties, mentions, "list:" + lower(sentence, noun)));
    }

    /** The gatherings named again in the sentences that list no parties, with the parties listed for them. */
    List<Meeting> namedAgain(Map<Integer, List<ResolvedMention>> mentionsBySentence) {
        List<Meeting> found = new ArrayList<>();
        for (Sentence sentence : unlisted) {
            int noun = gatheringNoun(sentence);
            List<ResolvedMention> mentions = mentionsBySentence.getOrDefault(sentence.index(), List.of());
            List<String> parties = partiesByName.get(name(sentence, noun));
            String rule = "list:" + lower(sentence, noun) + "+named-again";
            if (parties == null) {
                parties = onlyListedOfKind(kind(sentence, noun), mentions);
                rule = "list:" + lower(sentence, noun) + "+party-again";
            }
            if (parties == null) {
                parties = listedJustBefore(sentence, noun, mentions);
                rule = "list:" + lower(sentence, noun) + "+next-sentence";
            }
            if (parties != null && !MeetingStatus.isNegated(sentence, noun)) {
                found.add(meeting(sentence, noun, parties, mentions, rule));
            }
        }
        return found;
    }

    /**
     * The parties of the gathering of the same kind the sentence before lists, when this sentence names no agent:
     * "The six-party talks - involving A, B, C and D - recessed Sunday. Negotiations are expected to resume in
     * August."
     */
    private List<String> listedJustBefore(Sentence sentence, int noun, List<ResolvedMention> mentions) {
        List<String> before = partiesBySentence.get(sentence.index() - 1);
        boolean namesNone = mentions.stream().noneMatch(m -> m.mention().type().isAgent());
        return before != null && namesNone && partiesByKind.getOrDefault(kind(sentence, noun), List.of())
                .contains(before) ? before : null;
    }

    /**
     * The parties of the one gathering of a kind the article lists, when a sentence names the kind again with some of
     * those parties and no other ("At the last round of talks, North Korea agreed" after "the talks include North
     * Korea, ..."), else {@code null}.
     */
    private List<String> onlyListedOfKind(Meeting.Kind kind, List<ResolvedMention> mentions) {
        List<List<String>> listed = partiesByKind.getOrDefault(kind, List.of());
        if (listed.size() != 1) {
            return null;
        }
        List<String> parties = listed.get(0);
        List<String> named = mentions.stream().filter(m -> m.mention().type().isAgent())
                .map(ResolvedMention::entity).distinct().toList();
        return !named.isEmpty() && parties.containsAll(named) ? parties : null;
    }

    private Meeting meeting(Sentence sentence, int noun, List<String> parties, List<ResolvedMention> mentions,
                            String rule) {
        Meeting.Kind kind = kind(sentence, noun);
        Parse parse = judge.parse(sentence);
        boolean subject = parse.label(noun).startsWith("nsubj") && parse.head(noun) >= 0;
        int predicate = subject ? parse.head(noun) : noun; // "the talks will resume in June": the verb's tense
        Meeting.Status status = subject && MeetingStatus.isModal(lower(sentence, predicate))
                ? Meeting.Status.PLANNED // "the talks are expected to resume", "the conference is scheduled for May"
                : judge.status(sentence, new Trigger(predicate, kind, !subject, false, false, predicate + 1));
        return new Meeting(kind, status, parties, null, MeetingPlaces.place(sentence, noun, mentions),
                dates.date(sentence, predicate, published, status), List.of(sentence.index()), 0.8, rule);
    }

    /** The first gathering noun of a sentence, or -1. */
    private static int gatheringNoun(Sentence sentence) {
        for (int t = 0; t < sentence.size(); t++) {
            if (NOUNS.containsKey(lower(sentence, t)) && !"VERB".equals(sentence.token(t).pos())) {
                return t;
            }
        }
        return -1;
    }

    /** The kind a gathering noun reports; a conference "call" is a phone call. */
    private static Meeting.Kind kind(Sentence sentence, int noun) {
        boolean call = noun + 1 < sentence.size() && CALL_NOUNS.contains(lower(sentence, noun + 1));
        return call ? Meeting.Kind.PHONE_CALL : NOUNS.get(lower(sentence, noun));
    }

    /**
     * The states and bodies listed after a list word of the sentence, three or more, or none; after "from" or "of"
     * only when they are those of a side's people ("Authorities from A, B and C"; not "aid from A, B and C"). Without
     * a list word, a list next to the gathering noun ({@link #listNear}).
     */
    private static List<String> listedParties(Sentence sentence, List<ResolvedMention> mentions, int noun) {
        List<ResolvedMention> agents = mentions.stream().filter(m -> m.mention().type().isAgent()).toList();
        for (int i = 0; i + 1 < sentence.size(); i++) {
            if (!LIST_OPENERS.contains(lower(sentence, i)) || PEOPLE_OPENERS.contains(lower(sentence, i))
                    && !(i > 0 && SIDE_NOUNS.contains(lower(sentence, i - 1)))) {
                continue;
            }
            int j = i + 1;
            while (j < sentence.size() && mentionStartingAt(agents, j) == null
                    && LIST_FILLERS.contains(lower(sentence, j))) {
                j++;
            }
            ResolvedMention first = j < sentence.size() ? mentionStartingAt(agents, j) : null;
            if (first == null || first.mention().type() == EntityType.PERSON) {
                continue;
            }
            List<String> listed = Coordination.coordinatedFrom(sentence, j, agents).stream()
                    .filter(k -> !k.startsWith("person/")).distinct().toList();
            if (listed.size() >= MIN_PARTIES) {
                return listed;
            }
        }
        return listNear(sentence, agents, noun);
    }

    /**
     * The first list of three or more states or bodies of the sentence that reaches within {@link #LIST_REACH} words
     * of its gathering noun, with no list word before it: "Ministers of A, B, C and D ended a conference in Hanoi",
     * "the conference, attended by A, B and C".
     */
    private static List<String> listNear(Sentence sentence, List<ResolvedMention> agents, int noun) {
        for (ResolvedMention first : agents) {
            if (first.mention().type() == EntityType.PERSON) {
                continue;
            }
            int begin = first.mention().tokenBegin();
            List<String> listed = Coordination.coordinatedFrom(sentence, begin, agents).stream()
                    .filter(k -> !k.startsWith("person/")).distinct().toList();
            if (listed.size() < MIN_PARTIES) {
                continue;
            }
            int end = agents.stream().filter(m -> m.mention().tokenBegin() >= begin && listed.contains(m.entity()))
                    .mapToInt(m -> m.mention().tokenEnd()).max().orElse(begin);
            if (noun >= begin - LIST_REACH && noun < end + LIST_REACH) {
                return listed;
            }
        }
        return List.of();
    }

    /** The words that name a gathering: its noun and the modifiers before it, "six party talks". */
    private static String name(Sentence sentence, int noun) {
        int from = noun;
        while (from > 0 && Pos.isNounPhraseWord(sentence.token(from - 1).pos())
                && !"DET".equals(sentence.token(from - 1).pos())) {
            from--;
        }
        StringBuilder name = new StringBuilder();
        for (int k = from; k <= noun; k++) {
            String word = lower(sentence, k).replace('-', ' ').trim();
            if (!word.isEmpty()) {
                name.append(name.length() > 0 ? " " : "").append(word);
            }
        }
        return name.toString().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Meeting.Kind> kinds() {
        Map<String, Meeting.Kind> kinds = new LinkedHashMap<>();
        Words.set("list-gathering-noun").forEach(w -> kinds.put(w, Meeting.Kind.MEETING));
        Words.set("list-talks-noun").forEach(w -> kinds.put(w, Meeting.Kind.TALKS));
        Words.set("list-summit-noun").forEach(w -> kinds.put(w, Meeting.Kind.SUMMIT));
        return Map.copyOf(kinds);
    }
}
