package org.geokg.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.geokg.lexicon.EntityType;
import org.geokg.lexicon.Gazetteer;
import org.geokg.lexicon.GazetteerEntry;
import org.geokg.lexicon.Table;
import org.geokg.nlp.AnalyzedText;
import org.geokg.nlp.Sentence;

/**
 * Finds national capitals and seats of government that stand for their state. The rule: a mention of a national
 * capital ("Moscow", "Washington") or of a seat of government ({@code seats-of-government.tsv}: "the Kremlin",
 * "Downing Street") acts for its state when it is a possessor ("Beijing's peace plan") or the subject of a verb
 * ("Moscow said", "the Kremlin has denied") and not the object of a preposition ("officials in Moscow said"). The
 * mention keeps its entity as a place or organization; the state is added as the acting agent.
 *
 * <p>Immutable and thread-safe.
 */
final class ActingAgentFinder {
    private static final Set<String> VERB_TAGS = Set.of("VERB", "AUX");
    private static final Set<String> POSSESSIVE = Set.of("'s", "’s");

    private final Gazetteer gazetteer;
    private final Map<String, String> seats;

    ActingAgentFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        Map<String, String> seats = new HashMap<>();
        Table.read("gazetteer/seats-of-government.tsv", row -> seats.put(row.get("name"), row.get("iso2")));
        this.seats = Map.copyOf(seats);
    }

    /**
     * The state, by ISO code, of a seat of government or of a body named after one ("White House National Security
     * Council").
     */
    Optional<String> seatOf(String name) {
        return seats.entrySet().stream()
                .filter(seat -> name.equals(seat.getKey()) || name.startsWith(seat.getKey() + " "))
                .map(Map.Entry::getValue).findFirst();
    }

    /** The state that a mention stands for, by ISO code, when it names a capital or a seat of government. */
    Optional<String> governedFrom(Entity entity) {
        if (entity.type() == EntityType.ORGANIZATION) {
            return seatOf(entity.label());
        }
        if (entity.type() == EntityType.CITY && entity.country() != null) {
            return gazetteer.capitalOf(entity.country()).map(GazetteerEntry::name)
                    .filter(capital -> capital.equals(entity.label())).map(capital -> entity.country());
        }
        return Optional.empty();
    }

    /**
     * Whether the mention is used as an agent: a possessor, or the subject of a verb (adverbs may stand between)
     * that is not the object of a preposition.
     */
    boolean actsInSentence(AnalyzedText text, ResolvedMention resolved) {
        var m = resolved.mention();
        Sentence sentence = text.sentences().get(m.sentence());
        if (m.tokenEnd() >= sentence.size()) {
            return false;
        }
        if (POSSESSIVE.contains(sentence.token(m.tokenEnd()).text())) {
            return true;
        }
        if (m.tokenBegin() > 0 && "ADP".equals(sentence.token(m.tokenBegin() - 1).pos())) {
            return false;
        }
        int next = m.tokenEnd();
        while (next < sentence.size() && "ADV".equals(sentence.token(next).pos())) {
            next++;
        }
        return next < sentence.size() && VERB_TAGS.contains(sentence.token(next).pos());
    }

    /** The acting agents among the mentions; states they need are added to {@code entities}. */
    List<ActingAgent> find(AnalyzedText text, List<ResolvedMention> mentions, Map<String, Entity> entities) {
        List<ActingAgent> agents = new java.util.ArrayList<>();
        for (ResolvedMention mention : mentions) {
            Entity entity = entities.get(mention.entity());
            if (entity == null || !actsInSentence(text, mention)) {
                continue;
            }
            governedFrom(entity).flatMap(gazetteer::state).ifPresent(state -> {
                String key = EntityKeys.of(EntityType.STATE, state.name());
                entities.computeIfAbsent(key, k -> new Entity(k, EntityType.STATE, state.name(),
                        new java.util.TreeSet<>(), state.wikidata(), state.geonames(), state.country()));
                agents.add(new ActingAgent(mention, key));
            });
        }
        return agents;
    }
}
