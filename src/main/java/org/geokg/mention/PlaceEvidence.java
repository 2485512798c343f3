package org.geokg.mention;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.geokg.lexicon.EntityType;
import org.geokg.lexicon.Gazetteer;
import org.geokg.lexicon.GazetteerEntry;
import org.geokg.lexicon.Words;
import org.geokg.nlp.AnalyzedText;
import org.geokg.nlp.Sentence;

/**
 * The article-level check of the towns and regions that the gazetteers read, against the countries the article names.
 * A town or region of a name several places bear is the one in the country the article names most, unless the
 * gazetteers' is well known, a capital or a city of a million ("Victoria", a city of Hong Kong to the gazetteers,
 * is the Australian state in an article about Australia; "Paris" stays Paris). A one-word town or region that is
 * also a first name or a common word ("Thanks, Michael", "Paul, I think", "George" in a speech, "Man") is taken for
 * the place only with evidence: a place preposition right before it ("in Hobart", "flew to Dusseldorf and Krakow"),
 * or the article names its country (the state, its demonym, or another place of it that needs no evidence).
 * Immutable.
 */
final class PlaceEvidence {
    private static final Set<String> PLACE_PREPOSITIONS = Words.set("place-preposition");
    private static final Set<String> LIST_JOINERS = Words.set("list-joiner");

    private final Gazetteer gazetteer;
    private final NameTokens names;

    PlaceEvidence(Gazetteer gazetteer, NameTokens names) {
        this.gazetteer = gazetteer;
        this.names = names;
    }

    /**
     * How many of an article's candidates (by sentence) name each country, as ISO codes, with evidence: states and
     * their demonyms, well-known cities, and places no other place of the tables is named like.
     */
    Map<String, Integer> countriesNamed(AnalyzedText text, List<List<Candidate>> bySentence) {
        Map<String, Integer> countries = new HashMap<>();
        for (Sentence sentence : text.sentences()) {
            for (Candidate candidate : bySentence.get(sentence.index())) {
                Mention mention = candidate.mention();
                gazetteerPlace(sentence, mention)
                        .filter(entry -> entry.country() != null && isUnambiguous(mention, entry))
                        .filter(entry -> !needsEvidence(mention, entry) || afterPlacePreposition(sentence, mention))
                        .ifPresent(entry -> countries.merge(entry.country(), 1, Integer::sum));
            }
        }
        return countries;
    }

    /**
     * The candidate as it may stand. A town or region that is not well known (a capital or a city of a million) is the
     * place of that name in the country the article names most, when that is another ("Victoria", a city of Hong Kong
     * to the gazetteers, is the Australian state in an article that names Australia); on a tie, a region before a
     * town, and the larger town. Only a place spelled as the mention is taken so: a spelling without accents is
     * the gazetteers' reading alone. A one-word town or region that
     * needs evidence and has none is dropped.
     */
    Optional<Candidate> withEvidence(Sentence sentence, Candidate candidate, Map<String, Integer> countries) {
        Mention mention = candidate.mention();
        Optional<GazetteerEntry> place = gazetteerPlace(sentence, mention)
                .filter(entry -> entry.type() == EntityType.CITY || entry.type() == EntityType.REGION);
        if (place.isEmpty() || mention.demonym()) {
            return Optional.of(candidate);
        }
        GazetteerEntry entry = place.get();
        int named = countries.getOrDefault(entry.country(), 0);
        Optional<GazetteerEntry> homonym = gazetteer.places(Gazetteer.key(mention.text())).stream()
                .filter(other -> other.name().equals(mention.text())) // not "Bāli" of India for "Bali"
                .filter(other -> countries.getOrDefault(other.country(), 0) > named)
                .max(Comparator.comparingInt((GazetteerEntry other) -> countries.get(other.country()))
                        .thenComparing(other -> other.type() == EntityType.REGION)
                        .thenComparingLong(GazetteerEntry::population));
        if (!entry.isWellKnown() && homonym.isPresent()) {
            GazetteerEntry other = homonym.get();
            return Optional.of(new Candidate(new Mention(other.type(), mention.text(), mention.begin(), mention.end(),
                    mention.sentence(), mention.tokenBegin(), mention.tokenEnd(), other.name(), false,
                    mention.rule()), candidate.priority()));
        }
        boolean unsupported = needsEvidence(mention, entry) && named == 0 && !afterPlacePreposition(sentence, mention);
        return unsupported ? Optional.empty() : Optional.of(candidate);
    }

    /** The gazetteer's place or state of a mention that the gazetteers read, alone or with the model. */
    private Optional<GazetteerEntry> gazetteerPlace(Sentence sentence, Mention mention) {
        boolean gazetteerRead = GazetteerRule.RULE.equals(mention.rule())
                || ModelNameRule.MODEL_AND_GAZETTEER.equals(mention.rule());
        if (!gazetteerRead || !mention.type().isPlace()) {
            return Optional.empty();
        }
        return names.gazetteerSpan(sentence, mention.tokenBegin(), mention.tokenEnd()).map(Gazetteer.Hit::entry);
    }

    /**
     * Whether a place mention needs evidence: one word that is also a first name or a common word ("George", "Man"),
     * naming a region, or a town that is not well known; read by the gazetteers alone, or with the model when it is a
     * first name.
     */
    private boolean needsEvidence(Mention mention, GazetteerEntry entry) {
        String word = mention.text();
        boolean modelAgrees = ModelNameRule.MODEL_AND_GAZETTEER.equals(mention.rule());
        if (mention.demonym() || mention.tokenEnd() - mention.tokenBegin() != 1
                || modelAgrees && !gazetteer.isGivenName(word)
                || !gazetteer.isGivenName(word) && !gazetteer.isCommonWord(word)) {
            return false;
        }
        return entry.type() == EntityType.REGION || entry.type() == EntityType.CITY && !entry.isWellKnown();
    }

    /** Whether a place names its country for sure: a state, a well-known city, or the only place of its name. */
    private boolean isUnambiguous(Mention mention, GazetteerEntry entry) {
        return entry.type() == EntityType.STATE || entry.isWellKnown()
                || gazetteer.places(Gazetteer.key(mention.text())).size() <= 1;
    }

    /**
     * Whether a place preposition stands right before a mention, or before the list it ends: "in Hobart", "flew to
     * Dusseldorf and Krakow".
     */
    static boolean afterPlacePreposition(Sentence sentence, Mention mention) {
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
