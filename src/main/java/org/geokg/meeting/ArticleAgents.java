package org.geokg.meeting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geokg.lexicon.EntityType;
import org.geokg.nlp.AnalyzedText;
import org.geokg.nlp.Sentence;
import org.geokg.resolve.Entity;
import org.geokg.resolve.EntityResolver;
import org.geokg.resolve.ResolvedMention;

/**
 * The mentions of an article arranged for the meeting stage: by sentence, with the pronouns that stand for its
 * people, and the state it speaks for in the first person, if any.
 *
 * @param bySentence the mentions of each sentence, by sentence index
 * @param pronouns   the pronouns of each sentence that stand for a person ("he", "him"), by sentence index, resolved
 *                   once, in text order ({@link Agents#pronouns})
 * @param subjects   the subject of each sentence that has a person or body for one ({@link Agents#subject}), by
 *                   sentence index
 * @param voice      the state the article speaks for, or {@code null}
 * @param titled     the people it names after a title, for "the Prime Minister" alone
 */
record ArticleAgents(Map<Integer, List<ResolvedMention>> bySentence, Map<Integer, List<ResolvedMention>> pronouns,
                     Map<Integer, ResolvedMention> subjects, Entity voice, TitleAnaphors titled) {
    ArticleAgents {
        bySentence = Map.copyOf(bySentence);
        pronouns = Map.copyOf(pronouns);
        subjects = Map.copyOf(subjects);
    }

    /** The mentions of a resolved article. */
    static ArticleAgents of(AnalyzedText text, EntityResolver.Resolution resolution) {
        Map<Integer, List<ResolvedMention>> bySentence = new HashMap<>();
        for (ResolvedMention m : resolution.mentions()) {
            bySentence.computeIfAbsent(m.mention().sentence(), s -> new ArrayList<>()).add(m);
        }
        List<ResolvedMention> people = resolution.mentions().stream()
                .filter(m -> m.mention().type() == EntityType.PERSON).toList();
        Entity voice = resolution.voice() == null ? null : resolution.entities().get(resolution.voice());
        Map<Integer, ResolvedMention> subjects = new HashMap<>();
        Map<Integer, List<ResolvedMention>> pronouns = new HashMap<>();
        int from = 0; // people are in text order: those of the sentences a pronoun may refer to are a window of them
        int to = 0;
        for (Sentence sentence : text.sentences()) { // in order: a pronoun's subject is that of the sentences before
            while (from < people.size() && people.get(from).mention().sentence() < sentence.index() - Agents.PRONOUN_REACH) {
                from++;
            }
            while (to < people.size() && people.get(to).mention().sentence() <= sentence.index()) {
                to++;
            }
            List<ResolvedMention> found = Agents.pronouns(sentence, people.subList(from, to), subjects);
            pronouns.put(sentence.index(), found);
            ResolvedMention subject = Agents.subject(sentence,
                    bySentence.getOrDefault(sentence.index(), List.of()), found);
            if (subject != null) {
                subjects.put(sentence.index(), subject);
            }
        }
        return new ArticleAgents(bySentence, pronouns, subjects, voice,
                TitleAnaphors.of(text, bySentence, servantsOfStates(resolution)));
    }

    /** The people who serve each state of a resolved article, by the state's key. */
    private static Map<String, Set<String>> servantsOfStates(EntityResolver.Resolution resolution) {
        Map<String, Set<String>> servants = new HashMap<>();
        for (Entity entity : resolution.entities().values()) {
            if (entity.type() == EntityType.STATE) {
                servants.put(entity.key(), SameSide.servants(entity, resolution));
            }
        }
        return servants;
    }

    /** The mentions of a sentence. */
    List<ResolvedMention> mentions(Sentence sentence) {
        return bySentence.getOrDefault(sentence.index(), List.of());
    }

    /** The agents of a sentence ({@link Agents#of}). */
    List<ResolvedMention> agents(Sentence sentence) {
        return Agents.of(sentence, mentions(sentence), pronouns.getOrDefault(sentence.index(), List.of()), voice,
                titled);
    }
}
