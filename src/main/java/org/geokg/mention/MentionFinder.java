package org.geokg.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.geokg.lexicon.CalendarWords;
import org.geokg.lexicon.EntityType;
import org.geokg.lexicon.Gazetteer;
import org.geokg.ner.NameSpan;
import org.geokg.ner.NameTagger;
import org.geokg.nlp.AnalyzedText;
import org.geokg.nlp.Sentence;

/**
 * Finds mentions of people, states, organizations and places in an analysed text, from the gazetteers and from
 * rules over tokens:
 * <ul>
 *   <li>gazetteer names (longest match, case-sensitive): countries and their demonyms, cities, regions,
 *       organizations, heads of state and government;</li>
 *   <li>the statistical model's names, merged with the gazetteers, when a model is given;</li>
 *   <li>people after a title ("President Xi Jinping", "spokesman Dmitry Peskov"), before an appositive title
 *       ("Oleksiy Danilov, the secretary of ..."), as the subject of a speech verb ("Wang said") and after a verb of
 *       meeting ("met with Nancy Powell");</li>
 *   <li>organizations as capitalized phrases ending in an organization word ("National Security Council");</li>
 *   <li>every later or earlier use of a person's full name or surname in the same article.</li>
 * </ul>
 * Each rule proposes candidates in a sentence; overlapping candidates are settled by length (longer wins), then by
 * the rule's {@link Priority}: titled person, appositive person, gazetteer, organization phrase, speech-verb person.
 * Titles are never part of a person's name.
 *
 * <pre>
 * List&lt;Mention&gt; mentions = new MentionFinder(Gazetteer.load()).find(analyzedText);
 * </pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class MentionFinder {
    /** The sentence rules, in the order they run: the model rule reads the gazetteer rule's candidates. */
    private final List<MentionRule> rules;
    private final Gazetteer gazetteer;

    /** A finder over the given gazetteers. */
    public MentionFinder(Gazetteer gazetteer) {
        NameTokens names = new NameTokens(gazetteer);
        this.rules = List.of(
                new GazetteerRule(gazetteer, names),
                new ModelNameRule(gazetteer, names),
                new TitledPersonRule(names),
                new AppositivePersonRule(names),
                new OrganizationPhraseRule(names),
                new SpeakerRule(gazetteer, names),
                new MeetingObjectRule(names));
        this.gazetteer = gazetteer;
    }

    /** All mentions in the text, ordered by position. */
    public List<Mention> find(AnalyzedText text) {
        return find(text, List.of());
    }

    /**
     * All mentions in the text, ordered by position, with the names a statistical model found in each sentence
     * (see {@link NameTagger}); an empty list means no model.
     */
    public List<Mention> find(AnalyzedText text, List<List<NameSpan>> modelNames) {
        List<Mention> chosen = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            List<NameSpan> sentenceNames = modelNames.isEmpty() ? List.of() : modelNames.get(sentence.index());
            List<Candidate> candidates = new ArrayList<>();
            for (MentionRule rule : rules) {
                rule.propose(text, sentence, sentenceNames, candidates);
            }
            chosen.addAll(settle(candidates));
        }
        Map<String, String> people = personNames(chosen);
        List<Mention> consistent = new ArrayList<>(chosen.size());
        for (Mention mention : chosen) {
            consistent.add(asPersonNamedElsewhere(mention, people));
        }
        consistent.addAll(repeatedPersonNames(text, consistent, people));
        consistent.sort(Comparator.comparingInt(Mention::begin));
        return consistent;
    }

    /**
     * A name the model alone typed as an organization or place is a person when the article names that person
     * elsewhere ("Gaddafi" after "Muammar Gaddafi", "Kovačić" after "Mateo Kovačić").
     */
    private static Mention asPersonNamedElsewhere(Mention mention, Map<String, String> people) {
        boolean modelOnly = mention.rule().equals(ModelNameRule.MODEL) && (mention.type() == EntityType.ORGANIZATION
                || mention.type() == EntityType.LOCATION);
        if (!modelOnly || !people.containsKey(Gazetteer.key(mention.text()))) {
            return mention;
        }
        return new Mention(EntityType.PERSON, mention.text(), mention.begin(), mention.end(), mention.sentence(),
                mention.tokenBegin(), mention.tokenEnd(), mention.name(), false, "repeated-name");
    }

    /** The candidates that win over every overlapping one, best first ({@link Candidate#BEST_FIRST}). */
    private static List<Mention> settle(List<Candidate> candidates) {
        candidates.sort(Candidate.BEST_FIRST);
        List<Mention> chosen = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (chosen.stream().noneMatch(m -> m.overlaps(candidate.mention()))) {
                chosen.add(candidate.mention());
            }
        }
        return chosen;
    }

    /** The full names and surnames of the people found, by lookup key. */
    private Map<String, String> personNames(List<Mention> found) {
        Map<String, String> names = new HashMap<>();
        for (Mention mention : found) {
            if (mention.type() == EntityType.PERSON && !CalendarWords.isDateWord(mention.text())
                    && !gazetteer.isLowerCaseWord(mention.text()) && !Gazetteer.isLanguage(mention.text())) {
                names.put(Gazetteer.key(mention.text()), mention.name());
                String[] parts = mention.text().split("\\s+");
                if (parts.length > 1 && gazetteer.lookup(Gazetteer.key(parts[parts.length - 1])).isEmpty()
                        && !CalendarWords.isDateWord(parts[parts.length - 1])
                        && !Gazetteer.isLanguage(parts[parts.length - 1])) {
                    names.putIfAbsent(Gazetteer.key(parts[parts.length - 1]), parts[parts.length - 1]);
                }
            }
        }
        return names;
    }

    /** Finds the full names and surnames of people found elsewhere in the article where no rule found them. */
    private static List<Mention> repeatedPersonNames(AnalyzedText text, List<Mention> found,
                                                     Map<String, String> names) {
        List<Mention> added = new ArrayList<>();
        if (names.isEmpty()) {
            return added;
        }
        for (Sentence sentence : text.sentences()) {
            boolean[] taken = new boolean[sentence.size()];
            for (Mention mention : found) {
                if (mention.sentence() == sentence.index()) {
                    for (int i = mention.tokenBegin(); i < mention.tokenEnd(); i++) {
                        taken[i] = true;
                    }
                }
            }
            for (int start = 0; start < sentence.size(); start++) {
                if (taken[start] || !sentence.token(start).isCapitalized()) {
                    continue;
                }
                StringBuilder key = new StringBuilder();
                int bestEnd = -1;
                int limit = Math.min(sentence.size(), start + NameTokens.MAX_NAME_TOKENS);
                for (int end = start; end < limit && !taken[end]; end++) {
                    key.append(Gazetteer.key(sentence.token(end).text()));
                    if (names.containsKey(key.toString())) {
                        bestEnd = end + 1;
                    }
                }
                if (bestEnd > 0) {
                    added.add(NameTokens.newName(text, sentence, start, bestEnd, EntityType.PERSON, "repeated-name"));
                    start = bestEnd - 1;
                }
            }
        }
        return added;
    }
}
