package org.geokg.mention;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.geokg.lexicon.EntityType;
import org.geokg.lexicon.Gazetteer;
import org.geokg.lexicon.GazetteerEntry;
import org.geokg.lexicon.Words;
import org.geokg.nlp.AnalyzedText;
import org.geokg.nlp.Sentence;

/**
 * The article-level check of one-word towns and regions that only the gazetteers read as places. Such a word is
 * often a first name or a common word ("Thanks, Michael", "Paul, I think", "George" in a speech), so it is taken for
 * the place only with evidence: a place preposition right before it ("in Hobart", "from George"), or the article
 * names the place's country (the state, its demonym, or another place of it that needs no evidence). Capitals and
 * cities of a million people or more need none, nor do names the model also read as places, unless the word is a
 * leader's first name ({@link Gazetteer#isGivenName}). Immutable.
 */
final class PlaceEvidence {
    /** The population from which a city is known well enough to need no evidence. */
    static final long LARGE_CITY = 1_000_000;
    private static final Set<String> PLACE_PREPOSITIONS = Words.set("place-preposition");
    private static final Set<String> LIST_JOINERS = Set.of("and", "or");

    private final Gazetteer gazetteer;
    private final NameTokens names;

    PlaceEvidence(Gazetteer gazetteer, NameTokens names) {
        this.gazetteer = gazetteer;
        this.names = names;
    }

    /** The countries (ISO codes) that an article's candidates name with evidence ({@code bySentence}: by sentence). */
    Set<String> countriesNamed(AnalyzedText text, List<List<Candidate>> bySentence) {
        Set<String> countries = new HashSet<>();
        for (Sentence sentence : text.sentences()) {
            for (Candidate candidate : bySentence.get(sentence.index())) {
                Mention mention = candidate.mention();
                gazetteerPlace(sentence, mention)
                        .filter(entry -> entry.country() != null)
                        .filter(entry -> !needsEvidence(mention, entry) || afterPlacePreposition(sentence, mention))
                        .ifPresent(entry -> countries.add(entry.country()));
            }
        }
        return countries;
    }

    /** Whether a candidate may stand: it is no one-word town or region of the gazetteers alone, or it has evidence. */
    boolean supported(Sentence sentence, Candidate candidate, Set<String> countries) {
        Mention mention = candidate.mention();
        Optional<GazetteerEntry> place = gazetteerPlace(sentence, mention);
        if (place.isEmpty() || !needsEvidence(mention, place.get())) {
            return true;
        }
        return afterPlacePreposition(sentence, mention) || countries.contains(place.get().country());
    }

    /**
     * The gazetteer's place or state of a mention that only the gazetteers read, or that the model also read but
     * is a first name, if it is one.
     */
    private Optional<GazetteerEntry> gazetteerPlace(Sentence sentence, Mention mention) {
        boolean gazetteerAlone = GazetteerRule.RULE.equals(mention.rule()) || ModelNameRule.MODEL_AND_GAZETTEER
                .equals(mention.rule()) && gazetteer.isGivenName(mention.text());
        if (!gazetteerAlone || !mention.type().isPlace()) {
            return Optional.empty();
        }
        return names.gazetteerSpan(sentence, mention.tokenBegin(), mention.tokenEnd()).map(Gazetteer.Hit::entry);
    }

    /** Whether a place mention is one word naming a region, or a town that is neither a capital nor large. */
    private static boolean needsEvidence(Mention mention, GazetteerEntry entry) {
        if (mention.demonym() || mention.tokenEnd() - mention.tokenBegin() != 1) {
            return false;
        }
        return entry.type() == EntityType.REGION
                || entry.type() == EntityType.CITY && !entry.capital() && entry.population() < LARGE_CITY;
    }

    /**
     * Whether a place preposition stands right before a mention, or before the list it ends: "in Hobart", "flew to
     * Dusseldorf and Krakow".
     */
    private static boolean afterPlacePreposition(Sentence sentence, Mention mention) {
        int before = mention.tokenBegin() - 1;
        if (before >= 1 && LIST_JOINERS.contains(sentence.token(before).text())) {
            before--;
            while (before >= 0 && (sentence.token(before).isCapitalized()
                    || ",".equals(sentence.token(before).text()))) {
                before--;
            }
        }
        return before >= 0 && PLACE_PREPOSITIONS.contains(sentence.token(before).text().toLowerCase(Locale.ROOT));
    }
}
