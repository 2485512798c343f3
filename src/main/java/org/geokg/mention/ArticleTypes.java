package org.geokg.mention;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geokg.lexicon.EntityType;
import org.geokg.lexicon.Gazetteer;

/**
 * The article-level pass that types one name one way: the names the model alone typed as an organization or place
 * ({@link ModelNameRule#MODEL}) take the type and name that the article's other uses of the same name agree on. The
 * uses found by the gazetteers or other rules decide when there are any ("Caracas" the model read as an organization
 * is the city of the gazetteers); otherwise the type the model gives most often, the first on a tie ("the Cabinet" read
 * twice as an organization and once as a place is an organization). People are left to {@link RepeatedPersonNames}.
 * Stateless.
 */
final class ArticleTypes {
    /** The rule of a model name that took the type of the article's other uses of it. */
    static final String RULE = "article-type";

    /** The mentions, with the model's organizations and places typed as the article's other uses of their name. */
    List<Mention> consistent(List<Mention> mentions) {
        Map<String, List<Mention>> byName = new LinkedHashMap<>();
        for (Mention mention : mentions) {
            byName.computeIfAbsent(Gazetteer.key(mention.text()), k -> new ArrayList<>()).add(mention);
        }
        List<Mention> typed = new ArrayList<>(mentions.size());
        for (Mention mention : mentions) {
            Mention reference = isRetypable(mention) ? reference(byName.get(Gazetteer.key(mention.text()))) : mention;
            if (reference.type() == mention.type() || reference.type() == EntityType.PERSON) {
                typed.add(mention);
            } else {
                typed.add(new Mention(reference.type(), mention.text(), mention.begin(), mention.end(),
                        mention.sentence(), mention.tokenBegin(), mention.tokenEnd(), reference.name(),
                        reference.demonym(), RULE));
            }
        }
        return typed;
    }

    private static boolean isRetypable(Mention mention) {
        return ModelNameRule.MODEL.equals(mention.rule())
                && (mention.type() == EntityType.ORGANIZATION || mention.type() == EntityType.LOCATION);
    }

    /**
     * The use of a name whose type the others take: the first of the most frequent type among the uses no model
     * alone found, or among all uses when there are none.
     */
    private static Mention reference(List<Mention> uses) {
        List<Mention> decided = uses.stream().filter(use -> !isRetypable(use)).toList();
        List<Mention> voters = decided.isEmpty() ? uses : decided;
        Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        voters.forEach(use -> votes.merge(use.type(), 1, Integer::sum));
        int most = votes.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        return voters.stream().filter(use -> votes.get(use.type()) == most).findFirst().orElseThrow();
    }
}
