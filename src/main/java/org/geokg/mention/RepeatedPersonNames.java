package org.geokg.mention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.geokg.lexicon.CalendarWords;
import org.geokg.lexicon.EntityType;
import org.geokg.lexicon.Gazetteer;
import org.geokg.nlp.AnalyzedText;
import org.geokg.nlp.Sentence;

/**
 * The article-level pass after the sentence rules: a person's full name or surname found once is a person wherever
 * else the article uses it. Two steps: a name the model alone typed as an organization or place becomes a person
 * ({@link #asPersonNamedElsewhere}), and the uses no rule found are added ({@link #repeats}). Immutable.
 */
final class RepeatedPersonNames {
    private static final String RULE = "repeated-name";

    private final Gazetteer gazetteer;

    RepeatedPersonNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The mentions found in the sentences, with the people among them made consistent and their repeats added. */
    List<Mention> complete(AnalyzedText text, List<Mention> found) {
        Set<String> people = personKeys(found);
        List<Mention> consistent = new ArrayList<>(found.size());
        for (Mention mention : found) {
            consistent.add(asPersonNamedElsewhere(mention, people));
        }
        consistent.addAll(repeats(text, consistent, people));
        return consistent;
    }

    /** The lookup keys of the full names and surnames of the people found. */
    private Set<String> personKeys(List<Mention> found) {
        Set<String> keys = new HashSet<>();
        for (Mention mention : found) {
            if (mention.type() == EntityType.PERSON && !CalendarWords.isDateWord(mention.text())
                    && !gazetteer.isLowerCaseWord(mention.text()) && !Gazetteer.isLanguage(mention.text())) {
                keys.add(Gazetteer.key(mention.text()));
                String[] parts = mention.text().split("\\s+");
                if (parts.length > 1 && isSurname(parts[parts.length - 1])) {
                    keys.add(Gazetteer.key(parts[parts.length - 1]));
                }
            }
        }
        return keys;
    }

    /**
     * Whether the last word of a person's full name is read as the surname: two letters or more (not an initial or
     * the pronoun "I"), no gazetteer name, date or language.
     */
    private boolean isSurname(String word) {
        return word.codePoints().filter(Character::isLetter).count() > 1
                && gazetteer.lookup(Gazetteer.key(word)).isEmpty() && !CalendarWords.isDateWord(word)
                && !Gazetteer.isLanguage(word);
    }

    /**
     * A name the model alone typed as an organization or place is a person when the article names that person
     * elsewhere ("Gaddafi" after "Muammar Gaddafi", "Kovačić" after "Mateo Kovačić").
     */
    private static Mention asPersonNamedElsewhere(Mention mention, Set<String> people) {
        boolean modelOnly = mention.rule().equals(ModelNameRule.MODEL) && (mention.type() == EntityType.ORGANIZATION
                || mention.type() == EntityType.LOCATION);
        if (!modelOnly || !people.contains(Gazetteer.key(mention.text()))) {
            return mention;
        }
        return new Mention(EntityType.PERSON, mention.text(), mention.begin(), mention.end(), mention.sentence(),
                mention.tokenBegin(), mention.tokenEnd(), mention.name(), false, RULE);
    }

    /** The longest uses of the people's names, from a capitalized token, where no mention was found. */
    private static List<Mention> repeats(AnalyzedText text, List<Mention> found, Set<String> people) {
        List<Mention> added = new ArrayList<>();
        if (people.isEmpty()) {
            return added;
        }
        List<boolean[]> takenBySentence = new ArrayList<>(text.sentences().size());
        for (Sentence sentence : text.sentences()) {
            takenBySentence.add(new boolean[sentence.size()]);
        }
        for (Mention mention : found) {
            boolean[] taken = takenBySentence.get(mention.sentence());
            for (int i = mention.tokenBegin(); i < mention.tokenEnd(); i++) {
                taken[i] = true;
            }
        }
        for (Sentence sentence : text.sentences()) {
            boolean[] taken = takenBySentence.get(sentence.index());
            for (int start = 0; start < sentence.size(); start++) {
                if (taken[start] || !sentence.token(start).isCapitalized()) {
                    continue;
                }
                StringBuilder key = new StringBuilder();
                int bestEnd = -1;
                int limit = Math.min(sentence.size(), start + NameTokens.MAX_NAME_TOKENS);
                for (int end = start; end < limit && !taken[end]; end++) {
                    key.append(Gazetteer.key(sentence.token(end).text()));
                    if (people.contains(key.toString())) {
                        bestEnd = end + 1;
                    }
                }
                if (bestEnd > 0) {
                    added.add(NameTokens.newName(text, sentence, start, bestEnd, EntityType.PERSON, RULE));
                    start = bestEnd - 1;
                }
            }
        }
        return added;
    }
}
