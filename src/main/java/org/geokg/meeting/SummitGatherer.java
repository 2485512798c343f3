package org.geokg.meeting;

import static org.geokg.meeting.Coordination.coordinatedFrom;
import static org.geokg.meeting.SentenceLib.isStatementVerb;
import static org.geokg.meeting.SentenceLib.lower;
import static org.geokg.meeting.SentenceLib.mentionEndingAt;
import static org.geokg.meeting.SentenceLib.mentionStartingAt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.geokg.lexicon.EntityType;
import org.geokg.lexicon.Words;
import org.geokg.nlp.AnalyzedText;
import org.geokg.nlp.Sentence;
import org.geokg.resolve.Position;
import org.geokg.resolve.ResolvedMention;

/**
 * The parties of a summit or conference the article reports, gathered over its sentences: the organization that
 * holds it ("the NATO summit"); the people who attend it ("X attended the summit"), chair it ("X chaired the
 * talks"), address it ("X asked the delegates at the conference") or act at it ("At the summit, X charged ...");
 * and each list of states or organizations present ("Delegates present at the conference were from twenty
 * countries, including X, Y, and Z"), which makes a record of its own. When the article's lead reports the summit,
 * the {@link SummitDelegates} of three or more states make its record of people.
 *
 * <p>One per article; immutable.
 */
final class SummitGatherer {
    /** Sentences of an article's lead (title, dateline, first sentences), where the event it reports is named. */
    private static final int LEAD_SENTENCES = 3;
    /** Most words between a summit word and its place: "a summit in X", not "the summit ... at a funeral in Y". */
    private static final int SUMMIT_PLACE_DISTANCE = 5;
    private static final Set<String> SUMMIT_WORDS = Words.set("summit-word");
    /** Words that open a list of the parties of a summit: "from", "including", "of", "between the nations of". */
    private static final Set<String> LIST_OPENERS = Words.set("summit-list-opener");
    private static final Set<String> LIST_FILLERS = Words.set("summit-list-filler");
    private static final Set<String> ATTEND_VERBS = Words.set("summit-attend-verb");
    private static final Set<String> CHAIR_VERBS = Words.set("summit-chair-verb");
    private static final Set<String> ADDRESS_VERBS = Words.set("summit-address-verb");

    private final AnalyzedText text;
    private final Map<Integer, List<ResolvedMention>> bySentence;
    private final Map<Integer, List<ResolvedMention>> agentsBySentence;
    private final LocalDate published;
    private final List<Position> positions;
    private final MeetingDates dates;

    SummitGatherer(MeetingDates dates, AnalyzedText text, Map<Integer, List<ResolvedMention>> bySentence,
                   Map<Integer, List<ResolvedMention>> agentsBySentence, LocalDate published,
                   List<Position> positions) {
        this.text = text;
        this.bySentence = bySentence;
        this.agentsBySentence = agentsBySentence;
        this.published = published;
        this.positions = positions;
        this.dates = dates;
    }

    /**
     * The summit records of the article, when a sentence reports a summit that took place: one per list of parties,
     * and one of its delegates or else of its attendees.
     */
    List<Meeting> summits() {
        Sentence first = null;
        String organizer = null;
        for (Sentence sentence : text.sentences()) {
            for (int t = 0; t < sentence.size() && first == null; t++) {
                if (SUMMIT_WORDS.contains(lower(sentence, t)) && !"VERB".equals(sentence.token(t).pos())
                        && MeetingStatus.of(sentence, t) == Meeting.Status.OCCURRED) {
                    first = sentence;
                }
            }
        }
        if (first == null) {
            return List.of();
        }
        Setting setting = setting(first);
        List<Meeting> records = new ArrayList<>();
        LinkedHashSet<String> attendees = new LinkedHashSet<>();
        List<Integer> evidence = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            List<ResolvedMention> agents = agentsBySentence.get(sentence.index());
            boolean aboutSummit = false;
            for (int t = 0; t < sentence.size(); t++) {
                String w = lower(sentence, t);
                if (SUMMIT_WORDS.contains(w) || w.equals("delegates") || w.equals("delegations")
                        || CHAIR_VERBS.contains(w)) {
                    aboutSummit = true;
                    ResolvedMention holder = t > 0 ? mentionEndingAt(agents, t) : null;
                    if (organizer == null && holder != null && SUMMIT_WORDS.contains(w)
                            && holder.mention().type() == EntityType.ORGANIZATION) {
                        organizer = holder.entity();
                    }
                }
            }
            if (!aboutSummit) {
                continue;
            }
            int before = attendees.size();
            attendees.addAll(actors(sentence, agents));
            if (attendees.size() > before) {
                evidence.add(sentence.index());
            }
            List<String> listed = listedParties(sentence, agents);
            if (listed.size() >= 2) {
                records.add(summit(listed, List.of(sentence.index()), setting, "summit:list"));
            }
        }
        List<String> delegates = first.index() <= LEAD_SENTENCES
                ? new SummitDelegates().find(text, bySentence, positions) : List.of();
        if (!delegates.isEmpty()) {
            LinkedHashSet<String> group = new LinkedHashSet<>(delegates);
            attendees.stream().filter(a -> a.startsWith("person/")).forEach(group::add);
            records.add(summit(List.copyOf(group), List.of(first.index()), setting, "summit:delegates"));
            return records;
        }
        List<String> group = new ArrayList<>();
        if (organizer != null && attendees.size() == 1) {
            group.add(organizer); // "X attended the NATO summit": X met NATO; with more people, they met each other
        }
        attendees.stream().filter(a -> !group.contains(a)).forEach(group::add);
        if (group.size() >= 2 && !attendees.isEmpty()) {
            records.add(summit(group, evidence, setting, "summit:attendees"));
        }
        return records;
    }

    /** The place and date of a summit: the first given next to a summit word from its first sentence on. */
    private record Setting(String place, DateValue date) {
    }

    /** A summit record, with the place and date of its setting. */
    private static Meeting summit(List<String> parties, List<Integer> evidence, Setting setting, String rule) {
        List<Integer> sentences = new ArrayList<>(new TreeSet<>(evidence));
        return new Meeting(Meeting.Kind.SUMMIT, Meeting.Status.OCCURRED, parties, null, setting.place(),
                setting.date(), sentences, 0.6, rule);
    }

    /** The first place and the first date given next to a summit word from {@code first} on. */
    private Setting setting(Sentence first) {
        String place = null;
        DateValue date = null;
        for (Sentence sentence : text.sentences().subList(first.index(), text.sentences().size())) {
            int[] counted = null;
            for (int i = 0; i < sentence.size() && (place == null || date == null); i++) {
                if (SUMMIT_WORDS.contains(lower(sentence, i))
                        && MeetingStatus.of(sentence, i) == Meeting.Status.OCCURRED) {
                    if (place == null) {
                        int at = i;
                        List<ResolvedMention> mentions = bySentence.getOrDefault(sentence.index(), List.of());
                        if (counted == null) {
                            counted = countedWords(sentence, mentions);
                        }
                        int[] words = counted;
                        place = MeetingPlaces.place(sentence, i, mentions.stream()
                                .filter(m -> wordsBetween(words, at, m.mention().tokenBegin())
                                        <= SUMMIT_PLACE_DISTANCE)
                                .toList()); // "a summit in X", not "protested the summit ... at a funeral in Y"
                    }
                    if (date == null) {
                        date = dates.date(sentence, i, published, Meeting.Status.OCCURRED);
                    }
                }
            }
        }
        return new Setting(place, date);
    }

    /**
     * For each token index k, the words before token k that count as words between a summit word and its place: not
     * names, commas or "and" ("summit of X, Y and Z was held in").
     */
    private static int[] countedWords(Sentence sentence, List<ResolvedMention> mentions) {
        boolean[] named = new boolean[sentence.size()];
        for (ResolvedMention m : mentions) {
            for (int i = m.mention().tokenBegin(); i < m.mention().tokenEnd() && i < named.length; i++) {
                named[i] = true;
            }
        }
        int[] counted = new int[sentence.size() + 1];
        for (int i = 0; i < sentence.size(); i++) {
            boolean word = !named[i] && !(lower(sentence, i).equals(",") || lower(sentence, i).equals("and"));
            counted[i + 1] = counted[i] + (word ? 1 : 0);
        }
        return counted;
    }

    /** Words strictly between two tokens, from the counts of {@link #countedWords}. */
    private static int wordsBetween(int[] counted, int a, int b) {
        int from = Math.min(a, b) + 1;
        int to = Math.max(a, b);
        return to > from ? counted[to] - counted[from] : 0;
    }

    /** People who attend, chair, address or act at the summit in this sentence. */
    private static List<String> actors(Sentence sentence, List<ResolvedMention> agents) {
        List<String> found = new ArrayList<>();
        for (int v = 0; v < sentence.size(); v++) {
            String w = lower(sentence, v);
            boolean role = ATTEND_VERBS.contains(w) && summitWordWithin(sentence, v + 1, 4)
                    || CHAIR_VERBS.contains(w) && (summitWordWithin(sentence, v + 1, 3)
                    || lower(sentence, Math.min(v + 2, sentence.size() - 1)).equals("talks"))
                    || ADDRESS_VERBS.contains(w) && summitWordWithin(sentence, v + 1, 6);
            if (role) {
                int j = Subjects.skipToSubject(sentence, v - 1, agents);
                ResolvedMention subject = j >= 0 ? mentionEndingAt(agents, j + 1) : null;
                if (subject != null && subject.mention().type() == EntityType.PERSON) {
                    found.add(subject.entity());
                }
            }
        }
        found.addAll(peopleAfterSummitPhrase(sentence, agents));
        for (int i = 0; i + 1 < sentence.size(); i++) {
            if (lower(sentence, i).equals("between") && mentionStartingAt(agents, i + 1) != null) {
                coordinatedFrom(sentence, i + 1, agents).stream().filter(k -> k.startsWith("person/"))
                        .forEach(found::add); // "at the summit ..., attacks between X and Y"
            }
        }
        return found;
    }

    /**
     * The people of the clause that an opening phrase places at the summit: "At the summit, X charged Y's
     * government ...", "At the conclusion of the Annapolis Conference, X read a statement by Y and Z", up to a
     * quotation or a reported statement.
     */
    private static List<String> peopleAfterSummitPhrase(Sentence sentence, List<ResolvedMention> agents) {
        if (sentence.size() < 4 || !lower(sentence, 0).equals("at")) {
            return List.of();
        }
        int comma = 1;
        boolean summit = false;
        while (comma < sentence.size() && !lower(sentence, comma).equals(",")) {
            summit |= SUMMIT_WORDS.contains(lower(sentence, comma));
            comma++;
        }
        List<String> people = new ArrayList<>();
        for (int i = comma + 1; summit && i < sentence.size(); i++) {
            String w = lower(sentence, i);
            if (isStatementVerb(w) || w.equals("\"") || w.equals("“") || w.equals(";")) {
                break;
            }
            ResolvedMention agent = mentionStartingAt(agents, i);
            if (agent != null && agent.mention().type() == EntityType.PERSON) {
                people.add(agent.entity());
            }
        }
        return people;
    }

    private static boolean summitWordWithin(Sentence sentence, int from, int width) {
        for (int i = from; i < Math.min(sentence.size(), from + width); i++) {
            if (SUMMIT_WORDS.contains(lower(sentence, i)) || lower(sentence, i).equals("delegates")) {
                return true;
            }
        }
        return false;
    }

    /**
     * States or organizations listed as present: "... from twenty countries, including X, Y, and Z", "a summit of
     * X, Y and Z", "at the summit ... between the nations of X, Y and Z".
     */
    private static List<String> listedParties(Sentence sentence, List<ResolvedMention> agents) {
        for (int i = 0; i + 1 < sentence.size(); i++) {
            String w = lower(sentence, i);
            if (!LIST_OPENERS.contains(w)) {
                continue;
            }
            int j = i + 1;
            while (j < sentence.size() && mentionStartingAt(agents, j) == null
                    && LIST_FILLERS.contains(lower(sentence, j))) {
                j++;
            }
            if (j < sentence.size() && mentionStartingAt(agents, j) != null) {
                List<String> listed = coordinatedFrom(sentence, j, agents).stream()
                        .filter(k -> !k.startsWith("person/")).toList();
                if (listed.size() >= 2) {
                    return listed;
                }
            }
        }
        return List.of();
    }
}
