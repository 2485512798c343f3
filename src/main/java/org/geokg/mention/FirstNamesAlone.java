package org.geokg.mention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.geokg.lexicon.EntityType;
import org.geokg.lexicon.Gazetteer;
import org.geokg.nlp.AnalyzedText;

/**
 * The article-level pass over one-word names that only the model found, typed as an organization or a place, and that
 * are common first names: "Thanks, Neil", "Lucy and I live here". Such a name is a person's, so it is that person's
 * mention when the article names a person whose name begins or ends with it ("Louise" after "Louise Voigt", "Joyce"
 * after "Barnaby Joyce"), and no mention at all otherwise: a first name alone is no place or organization. A place
 * after a place preposition stays ("return to Asia"), and so do the names the model reads as people. Immutable.
 */
final class FirstNamesAlone {
    /** The rule of a first name that the article's full name of a person made a person. */
    static final String RULE = "first-name";

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Gazetteer gazetteer;

    FirstNamesAlone(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * The mentions without the first names read as organizations or places, those of people the article names in
     * full made their mentions.
     */
    List<Mention> resolve(AnalyzedText text, List<Mention> mentions) {
        Set<String> nameParts = new HashSet<>();
        for (Mention mention : mentions) {
            String[] words = SPACES.split(mention.text());
            if (mention.type() == EntityType.PERSON && words.length > 1) {
                nameParts.add(words[0]);
                nameParts.add(words[words.length - 1]);
            }
        }
        List<Mention> kept = new ArrayList<>(mentions.size());
        for (Mention mention : mentions) {
            if (!isFirstNameAlone(mention) || mention.type() == EntityType.LOCATION
                    && PlaceEvidence.afterPlacePreposition(text.sentences().get(mention.sentence()), mention)) {
                kept.add(mention);
            } else if (nameParts.contains(mention.text())) {
                kept.add(new Mention(EntityType.PERSON, mention.text(), mention.begin(), mention.end(),
                        mention.sentence(), mention.tokenBegin(), mention.tokenEnd(), mention.text(), false, RULE));
            }
        }
        return kept;
    }

    private boolean isFirstNameAlone(Mention mention) {
        return ModelNameRule.MODEL.equals(mention.rule()) && mention.type() != EntityType.PERSON
                && mention.tokenEnd() - mention.tokenBegin() == 1
                && gazetteer.isGivenName(mention.text()) && gazetteer.lookup(Gazetteer.key(mention.text())).isEmpty();
    }
}
