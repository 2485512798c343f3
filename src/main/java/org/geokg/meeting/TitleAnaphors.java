package org.geokg.meeting;

import static org.geokg.meeting.SentenceLib.lower;
import static org.geokg.meeting.SentenceLib.mentionStartingAt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.geokg.lexicon.EntityType;
import org.geokg.lexicon.Titles;
import org.geokg.lexicon.Words;
import org.geokg.mention.Mention;
import org.geokg.nlp.AnalyzedText;
import org.geokg.nlp.Sentence;
import org.geokg.resolve.Entity;
import org.geokg.resolve.ResolvedMention;

/**
 * "The Prime Minister", "the president" with no name after them: the person the article named with that title
 * before them, the most named of them if several ("Prime Minister Kevin Rudd ... The Prime Minister will visit New
 * Zealand" is Rudd's visit).
 *
 * @param text          the article's text
 * @param mentionCounts how many times the article names each entity, by key
 * @param servants      the people who serve each state of the article, by the state's key (by the gazetteer of
 *                      leaders or an office the article gives them): in a release of the state the article speaks
 *                      for, "the Prime Minister" is one of its own
 * @param firstMentions the first mention of each entity, by key
 * @param byTitle       the people the article names after a title, by the title's lower-case words, in text
 *                      order: an anaphor reads only those of its title
 * @param bySide        the titled people by their side, in text order
 */
record TitleAnaphors(AnalyzedText text, Map<String, Long> mentionCounts,
                     Map<String, Set<String>> servants, Map<String, ResolvedMention> firstMentions,
                     Map<String, List<Titled>> byTitle, Map<String, List<Titled>> bySide) {
    private static final Set<String> ROLE_NOUNS = Words.set("role-noun");

    TitleAnaphors {
        mentionCounts = Map.copyOf(mentionCounts);
        servants = Map.copyOf(servants);
        firstMentions = Map.copyOf(firstMentions);
        byTitle = Map.copyOf(byTitle);
        bySide = Map.copyOf(bySide);
    }

    /**
     * A person named after a title.
     *
     * @param title  the title's words in lower case, joined by spaces
     * @param person the mention of the person
     * @param side   the key of the state or body named just before the title ("Iranian Foreign Minister X", "NATO
     *               Secretary-General X"), else {@code null}
     */
    record Titled(String title, ResolvedMention person, String side) {
    }

    /** The titled people of an article. */
    static TitleAnaphors of(AnalyzedText text, Map<Integer, List<ResolvedMention>> bySentence,
                            Map<String, Set<String>> servants) {
        List<Titled> titled = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            for (ResolvedMention m : bySentence.getOrDefault(sentence.index(), List.of())) {
                int length = m.mention().type() == EntityType.PERSON
                        ? Titles.titleEndingAt(sentence, m.mention().tokenBegin()) : 0;
                if (length > 0) {
                    int title = m.mention().tokenBegin() - length;
                    ResolvedMention side = null;
                    for (int k = title; k >= Math.max(0, title - 3) && side == null; k--) { // "U.S. Deputy Secretary"
                        side = SentenceLib.mentionEndingAt(bySentence.getOrDefault(sentence.index(), List.of()), k);
                        if (k > 0 && !sentence.token(k - 1).isCapitalized()) {
                            break;
                        }
                    }
                    titled.add(new Titled(words(sentence, title, m.mention().tokenBegin()), m,
                            side != null && isSide(side) ? side.entity() : null));
                }
            }
        }
        Map<String, Long> counts = bySentence.values().stream().flatMap(List::stream)
                .collect(Collectors.groupingBy(ResolvedMention::entity, Collectors.counting()));
        Map<String, ResolvedMention> first = new java.util.HashMap<>();
        bySentence.values().stream().flatMap(List::stream).forEach(m -> first.merge(m.entity(), m,
                (a, b) -> a.mention().begin() <= b.mention().begin() ? a : b));
        Map<String, List<Titled>> byTitle = titled.stream().collect(Collectors.groupingBy(Titled::title));
        Map<String, List<Titled>> bySide = titled.stream().filter(t -> t.side() != null)
                .collect(Collectors.groupingBy(Titled::side));
        return new TitleAnaphors(text, counts, servants, first, byTitle, bySide);
    }

    /**
     * The people a sentence names by "the" and a title alone, as mentions of the title's words that stand for the
     * person named with it before them (the most named of them; for a head of state or government in an article that
     * speaks for a state, {@code voice}, one who serves that state if any does); in such an article a head of state or
     * government named by no one before is that state ({@code voice} is {@code null} when the article has no voice).
     */
    List<ResolvedMention> in(Sentence sentence, List<ResolvedMention> mentions, Entity voice) {
        List<ResolvedMention> found = new ArrayList<>(byStateAndRole(sentence, mentions));
        for (int i = 0; i + 1 < sentence.size(); i++) {
            if (!lower(sentence, i).equals("the")) {
                continue;
            }
            int length = Titles.titleLengthAt(sentence, i + 1, sentence.size());
            int end = i + 1 + length;
            if (length == 0 || end < sentence.size() && (mentionStartingAt(mentions, end) != null
                    || lower(sentence, end).equals("of") || sentence.token(end).pos().equals("PROPN"))) {
                continue; // "the Prime Minister of Japan", "the President, Barack Obama" is named
            }
            String title = words(sentence, i + 1, end);
            int begin = sentence.token(i + 1).begin();
            Set<String> voicePeople = voice == null ? Set.of() : servants.getOrDefault(voice.key(), Set.of());
            List<Titled> sameTitle = byTitle.getOrDefault(title, List.of());
            boolean own = voice != null && Titles.headsState(title) && sameTitle.stream().anyMatch(t ->
                    t.person().mention().begin() < begin && voicePeople.contains(t.person().entity()));
            ResolvedMention antecedent = null;
            for (Titled t : sameTitle) {
                if (t.person().mention().begin() < begin
                        && (!own || voicePeople.contains(t.person().entity())) // a release's "the Prime Minister"
                        && (antecedent == null || mentionsOf(t.person()) >= mentionsOf(antecedent))) {
                    antecedent = t.person();
                }
            }
            if (antecedent != null) {
                found.add(anaphor(sentence, i + 1, end, EntityType.PERSON, antecedent.mention().name(),
                        antecedent.entity()));
            } else if (voice != null && Titles.headsState(title)) { // a government's release: "the Prime Minister"
                found.add(anaphor(sentence, i + 1, end, EntityType.STATE, voice.label(), voice.key()));
            }
        }
        return found;
    }

    /** Whether a mention names a side a person's title may be of: a state or a body ("NATO Secretary-General"). */
    private static boolean isSide(ResolvedMention m) {
        return m.mention().type() == EntityType.STATE || m.mention().type() == EntityType.ORGANIZATION;
    }

    /**
     * The people a sentence names by a state or body and a role alone, "the U.S. diplomat", "the Venezuelan leader",
     * "Iran's foreign minister", "the NATO chief", as mentions of the role's words that stand for the person of that
     * side named last before them with a title of it ("Iranian Foreign Minister X", "NATO Secretary-General X").
     */
    private List<ResolvedMention> byStateAndRole(Sentence sentence, List<ResolvedMention> mentions) {
        List<ResolvedMention> found = new ArrayList<>();
        for (ResolvedMention state : mentions) {
            int from = state.mention().tokenEnd();
            int before = state.mention().tokenBegin() - 1;
            boolean possessive = from < sentence.size() && SentenceLib.isPossessive(lower(sentence, from));
            boolean appositive = before > 0 && lower(sentence, before).equals(",")
                    && SentenceLib.mentionEndingAt(mentions, before) != null; // "X, Russia's president,"
            if (!isSide(state) || appositive
                    || !(possessive || before >= 0 && lower(sentence, before).equals("the"))) {
                continue;
            }
            int role = from + (possessive ? 1 : 0);
            int length = Titles.titleLengthAt(sentence, role, sentence.size());
            int head = role;
            while (length == 0 && head < Math.min(sentence.size() - 1, role + 2) && !ROLE_NOUNS.contains(
                    lower(sentence, head)) && Pos.isNounPhraseWord(sentence.token(head).pos())) {
                head++; // "Iran's foreign minister", "the U.S. top diplomat"
            }
            length = length == 0 && head < sentence.size() && ROLE_NOUNS.contains(lower(sentence, head))
                    ? head - role + 1 : length;
            int end = role + length;
            boolean namedAfterComma = end + 1 < sentence.size() && lower(sentence, end).equals(",")
                    && (mentionStartingAt(mentions, end + 1) != null || "PROPN".equals(sentence.token(end + 1).pos()));
            if (length == 0 || namedAfterComma || end < sentence.size() && (mentionStartingAt(mentions, end) != null
                    || lower(sentence, end).equals("of") || sentence.token(end).pos().equals("PROPN"))) {
                continue; // "the U.S. diplomat, Robert Zoellick" is named
            }
            int begin = sentence.token(role).begin();
            ResolvedMention holder = null;
            for (Titled t : bySide.getOrDefault(state.entity(), List.of())) {
                if (t.person().mention().begin() < begin) {
                    holder = t.person(); // the last one named before
                }
            }
            ResolvedMention person = holder != null ? holder : onlyServant(state.entity(), begin);
            if (person != null) {
                found.add(anaphor(sentence, role, end, EntityType.PERSON, person.mention().name(), person.entity()));
            }
        }
        return found;
    }

    /**
     * The first mention of the one person named before an offset who serves a state, else {@code null}: "President
     * Bush ... the U.S. leader".
     */
    private ResolvedMention onlyServant(String state, int before) {
        List<ResolvedMention> named = servants.getOrDefault(state, Set.of()).stream().map(firstMentions::get)
                .filter(m -> m != null && m.mention().begin() < before).toList();
        return named.size() == 1 ? named.get(0) : null;
    }

    /** The title's words from token {@code from} to {@code to} as a mention of the entity they stand for. */
    private ResolvedMention anaphor(Sentence sentence, int from, int to, EntityType type, String name, String key) {
        int begin = sentence.token(from).begin();
        int end = sentence.token(to - 1).end();
        return new ResolvedMention(new Mention(type, text.span(begin, end), begin, end, sentence.index(), from, to,
                name, false, "title-anaphor"), key);
    }

    /** How often the article names a person: the most named of two with one title is the one meant. */
    private long mentionsOf(ResolvedMention person) {
        return mentionCounts.getOrDefault(person.entity(), 0L);
    }

    private static String words(Sentence sentence, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            b.append(k > from ? " " : "").append(lower(sentence, k));
        }
        return b.toString();
    }
}
