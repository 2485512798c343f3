package org.geokg.meeting;

import static org.geokg.meeting.SentenceLib.isPossessive;
import static org.geokg.meeting.SentenceLib.isStatementVerb;
import static org.geokg.meeting.SentenceLib.lower;
import static org.geokg.meeting.SentenceLib.lowerAsWritten;
import static org.geokg.meeting.SentenceLib.mentionEndingAt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geokg.lexicon.EntityType;
import org.geokg.lexicon.Titles;
import org.geokg.lexicon.Words;
import org.geokg.mention.Mention;
import org.geokg.nlp.Sentence;
import org.geokg.nlp.Token;
import org.geokg.resolve.Entity;
import org.geokg.resolve.ResolvedMention;

/**
 * The agents of a sentence, the mentions that can take part in a meeting: its people, states and organizations,
 * without a state or body that only qualifies a title or a name ("Russian President X", "China's Foreign Minister
 * Y") or that names a place ("in Russia"); "he" or "she" as a subject and "him" or "her" as an object, standing for
 * the last person named before it in the three sentences up to theirs; "the Prime Minister" alone, for the person
 * named with that title before ({@link TitleAnaphors}); "I", "we", "my", "our" in a quotation for its speaker, and
 * outside one for the state the article speaks for when it has a voice (a government's release: "I will visit India"
 * is Australia's visit). A spouse who comes along ("X and his wife Y arrived") is no agent.
 */
final class Agents {
    /** How many sentences back a pronoun may find the person it stands for. */
    static final int PRONOUN_REACH = 3;
    private static final Set<String> PLACE_PREPOSITIONS = Words.set("place-preposition");
    private static final Set<String> FIRST_PERSON = Words.set("first-person");
    private static final Set<String> COMPANIONS = Words.set("companion-noun");
    private static final Set<String> REPORTING_VERBS = Words.set("reporting-verb");
    /** The possessives that make a companion someone's: "his wife", "her husband". */
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "their");

    private Agents() {
    }

    /**
     * The agents of a sentence in text order, from its mentions, its pronouns resolved to people ({@link #pronouns}),
     * and the state the article speaks for ({@code voice}, its entity; {@code null} when the article has no voice).
     */
    static List<ResolvedMention> of(Sentence sentence, List<ResolvedMention> mentions, List<ResolvedMention> pronouns,
                                    Entity voice, TitleAnaphors titled) {
        List<ResolvedMention> agents = new ArrayList<>();
        for (ResolvedMention m : mentions) {
            if (m.mention().type().isAgent() && !isQualifier(sentence, m.mention(), mentions)
                    && !isPlaceUse(sentence, m.mention(), mentions) && !isCompanion(sentence, m.mention())) {
                agents.add(m);
            }
        }
        agents.addAll(titled.in(sentence, mentions, voice));
        agents.sort(Comparator.comparingInt(m -> m.mention().tokenBegin()));
        List<ResolvedMention> speakers = speakers(sentence, agents);
        for (ResolvedMention pronoun : pronouns) {
            if (speakers.stream().noneMatch(p -> p.mention().tokenBegin() == pronoun.mention().tokenBegin())) {
                agents.add(pronoun);
            }
        }
        agents.addAll(speakers);
        agents.addAll(firstPerson(sentence, voice, agents));
        agents.sort(Comparator.comparingInt(m -> m.mention().tokenBegin()));
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

    /** A state or body before a title or a person's name, with or without "'s": "Russian President", "China's Y". */
    private static boolean isQualifier(Sentence sentence, Mention m, List<ResolvedMention> mentions) {
        if (m.type() == EntityType.PERSON) {
            return false;
        }
        int next = m.tokenEnd();
        if (next < sentence.size() && isApostropheOrPossessive(sentence.token(next).text())) {
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

    /** An apostrophe or the possessive "'s" as written: "the Philippines' President", "China's President". */
    private static boolean isApostropheOrPossessive(String text) {
        return text.equals("'") || text.equals("’") || isPossessive(text);
    }

    /**
     * "I", "we", "my", "our", "me", "us": inside a quotation, its speaker, the person next to a verb of saying outside
     * it ("'I spoke with May,' Obama told reporters"); outside, the state the article speaks for, if it has a voice.
     */
    private static List<ResolvedMention> firstPerson(Sentence sentence, Entity voice, List<ResolvedMention> agents) {
        List<ResolvedMention> found = new ArrayList<>();
        ResolvedMention speaker = null;
        boolean quoted = false;
        for (int i = 0; i < sentence.size(); i++) {
            String word = sentence.token(i).text();
            if (SentenceLib.isQuote(word)) {
                quoted = !quoted;
            } else if (FIRST_PERSON.contains(lowerAsWritten(sentence, i)) && !isAcronym(word)) {
                speaker = quoted && speaker == null ? speaker(sentence, agents) : speaker;
                Mention who = quoted ? speaker == null ? null : speaker.mention() : null;
                if (who != null) {
                    found.add(standIn(sentence, i, EntityType.PERSON, who.name(), speaker.entity(), "first-person"));
                } else if (!quoted && voice != null) {
                    found.add(standIn(sentence, i, EntityType.STATE, voice.label(), voice.key(), "first-person"));
                }
            }
        }
        return found;
    }

    /** The person who says the quotation of a sentence: the one just before or after a verb of saying outside it. */
    private static ResolvedMention speaker(Sentence sentence, List<ResolvedMention> agents) {
        boolean quoted = false;
        for (int v = 0; v < sentence.size(); v++) {
            if (SentenceLib.isQuote(sentence.token(v).text())) {
                quoted = !quoted;
            } else if (!quoted && isStatementVerb(lower(sentence, v))) {
                for (ResolvedMention agent : agents) {
                    Mention m = agent.mention();
                    if (m.type() == EntityType.PERSON && (m.tokenEnd() == v || m.tokenBegin() == v + 1)) {
                        return agent;
                    }
                }
            }
        }
        return null;
    }

    /** A person named as the spouse who comes along: "Barack Obama and his wife Michelle arrived". */
    private static boolean isCompanion(Sentence sentence, Mention m) {
        int before = m.tokenBegin() - 1;
        if (before >= 0 && sentence.token(before).text().equals(",")) {
            before--;
        }
        return m.type() == EntityType.PERSON && before >= 1 && COMPANIONS.contains(lower(sentence, before))
                && POSSESSIVE_PRONOUNS.contains(lower(sentence, before - 1));
    }

    /** An acronym is no pronoun: "US" is the United States, not "us". */
    private static boolean isAcronym(String word) {
        return word.length() > 1 && word.equals(word.toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * The person a sentence is about: the first person named, or taken up by a pronoun, before its first verb ("X
     * paid a visit", "He met Y"), or {@code null}.
     */
    static ResolvedMention subject(Sentence sentence, List<ResolvedMention> mentions, List<ResolvedMention> pronouns) {
        int verb = 0;
        while (verb < sentence.size() && !Pos.isVerb(sentence.token(verb).pos())) {
            verb++;
        }
        ResolvedMention first = null;
        for (ResolvedMention m : mentions) {
            if (m.mention().type() == EntityType.PERSON && m.mention().tokenEnd() <= verb
                    && (first == null || m.mention().tokenBegin() < first.mention().tokenBegin())) {
                first = m;
            }
        }
        for (ResolvedMention p : pronouns) {
            if (p.mention().tokenEnd() <= verb
                    && (first == null || p.mention().tokenBegin() < first.mention().tokenBegin())) {
                first = p;
            }
        }
        return first;
    }

    /**
     * "He" and "she" as subjects, "him" and "her" as objects, taken as the last person named before them in the three
     * sentences up to theirs; an object pronoun is not the first person named in its own sentence ("X met him"). A
     * subject pronoun with no person named before it in its sentence is the person the sentences before it are about
     * ({@code subjects}, by sentence), the nearest within three: "X paid a visit to Australia. During the visit he met
     * Y and Z. He also received W" is X's.
     */
    static List<ResolvedMention> pronouns(Sentence sentence, List<ResolvedMention> people,
                                          Map<Integer, ResolvedMention> subjects) {
        List<ResolvedMention> found = new ArrayList<>();
        ResolvedMention subjectBefore = null; // the person of a subject pronoun before this one in the sentence
        for (int i = 0; i + 1 < sentence.size(); i++) {
            Token token = sentence.token(i);
            String w = lowerAsWritten(sentence, i);
            boolean subject = (w.equals("he") || w.equals("she")) && Pos.isPredicateStart(sentence.token(i + 1).pos());
            if (!subject && !isObjectPronoun(sentence, i)) {
                continue;
            }
            if (subject && subjectBefore != null) { // "He went to X for talks with Y before he is to meet Z": his
                found.add(standIn(sentence, i, EntityType.PERSON, subjectBefore.mention().name(),
                        subjectBefore.entity(), "pronoun"));
                continue;
            }
            ResolvedMention antecedent = null;
            ResolvedMention firstHere = null;
            for (ResolvedMention person : people) {
                boolean here = person.mention().sentence() == sentence.index();
                if (here && firstHere == null) {
                    firstHere = person;
                }
                if (person.mention().begin() < token.begin()
                        && person.mention().sentence() >= sentence.index() - PRONOUN_REACH
                        && !(here && isCompanion(sentence, person.mention()))
                        && !(!subject && person == firstHere)) { // "X met him": not X
                    antecedent = person;
                }
            }
            boolean namedBefore = firstHere != null && firstHere.mention().begin() < token.begin();
            if (subject && !namedBefore) {
                for (int before = sentence.index() - 1; before >= sentence.index() - PRONOUN_REACH; before--) {
                    ResolvedMention about = subjects.get(before);
                    if (about != null) {
                        antecedent = about;
                        break;
                    }
                }
            }
            if (antecedent != null) {
                found.add(standIn(sentence, i, EntityType.PERSON, antecedent.mention().name(), antecedent.entity(),
                        "pronoun"));
                if (subject && !namedBefore) {
                    subjectBefore = antecedent;
                }
            }
        }
        return found;
    }

    /**
     * The subject pronouns that open what a person says, each as that person: "The Prime Minister confirmed she would
     * attend", "X said that he will meet Y".
     */
    private static List<ResolvedMention> speakers(Sentence sentence, List<ResolvedMention> agents) {
        List<ResolvedMention> found = new ArrayList<>();
        for (int i = 1; i + 1 < sentence.size(); i++) {
            String w = lowerAsWritten(sentence, i);
            if (!(w.equals("he") || w.equals("she")) || !Pos.isPredicateStart(sentence.token(i + 1).pos())) {
                continue;
            }
            int v = lower(sentence, i - 1).equals("that") ? i - 2 : i - 1;
            if (v < 1 || !(isStatementVerb(lower(sentence, v)) || REPORTING_VERBS.contains(lower(sentence, v)))) {
                continue;
            }
            ResolvedMention speaker = mentionEndingAt(agents, v);
            if (speaker != null && speaker.mention().type() == EntityType.PERSON) {
                found.add(standIn(sentence, i, EntityType.PERSON, speaker.mention().name(), speaker.entity(),
                        "pronoun"));
            }
        }
        return found;
    }

    /** A token that stands for an entity ("he", "I", "my") as a mention of it, found by a rule. */
    private static ResolvedMention standIn(Sentence sentence, int i, EntityType type, String name, String key,
                                           String rule) {
        Token token = sentence.token(i);
        return new ResolvedMention(new Mention(type, token.text(), token.begin(), token.end(), sentence.index(), i,
                i + 1, name, false, rule), key);
    }

    /** "Him", or "her" not before a noun (not "her visit"): a person as an object. */
    private static boolean isObjectPronoun(Sentence sentence, int i) {
        String w = lowerAsWritten(sentence, i);
        if (w.equals("him")) {
            return true;
        }
        String next = i + 1 < sentence.size() ? sentence.token(i + 1).pos() : "PUNCT";
        return w.equals("her") && !(next.equals("NOUN") || next.equals("ADJ") || next.equals("PROPN")
                || next.equals("NUM"));
    }
}
