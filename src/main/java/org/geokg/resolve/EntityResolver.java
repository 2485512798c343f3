package org.geokg.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.geokg.lexicon.EntityType;
import org.geokg.lexicon.Gazetteer;
import org.geokg.lexicon.GazetteerEntry;
import org.geokg.lexicon.MiddleInitials;
import org.geokg.lexicon.Titles;
import org.geokg.mention.Mention;
import org.geokg.nlp.AnalyzedText;
import org.geokg.nlp.Cancellation;
import org.geokg.nlp.Sentence;

/**
 * Groups an article's mentions into entities and reads the offices people hold from their titles.
 * <ul>
 *   <li>Gazetteer names resolve to the gazetteer's canonical name ("U.S." → United States, "Russian" → Russia).</li>
 *   <li>A one-word person name resolves to a full name in the same article that contains it ("Xi" → Xi Jinping,
 *       "Putin" → Vladimir Putin, "Lula" → Luiz Inácio Lula da Silva); where several full names contain it, to the
 *       nearest one before it.</li>
 *   <li>A title between a state or demonym and a name is an office: "Russian President Vladimir Putin" → Vladimir
 *       Putin holds President of Russia.</li>
 * </ul>
 * Entity keys are type plus normalized canonical name, so the same entity has the same key in every article.
 *
 * <p>Immutable and thread-safe.
 */
public final class EntityResolver {
    private final Gazetteer gazetteer;
    private final NominalResolver nominals = new NominalResolver();
    private final ActingAgentFinder actingAgents;

    public EntityResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.actingAgents = new ActingAgentFinder(gazetteer);
    }

    /**
     * Entities and positions of one article.
     *
     * @param mentions     every mention with its entity, in text order, nominal roles included
     * @param entities     the entities by key
     * @param positions    the offices people hold, as the article states them
     * @param actingAgents capitals and seats of government that stand for their state
     * @param voice        key of the state the article speaks for in the first person ({@link Voice}), or null
     */
    public record Resolution(List<ResolvedMention> mentions, Map<String, Entity> entities,
                             List<Position> positions, List<ActingAgent> actingAgents, String voice) {
        public Resolution {
            mentions = List.copyOf(mentions);
            entities = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entities));
            positions = List.copyOf(positions);
            actingAgents = List.copyOf(actingAgents);
        }
    }

    /** Resolves all mentions of one article, whose publisher is given ({@code null} when unknown). */
    public Resolution resolve(AnalyzedText text, List<Mention> mentions, String publisher) {
        List<Mention> fullNames = mentions.stream()
                .filter(m -> m.type() == EntityType.PERSON && m.text().contains(" ")).toList();
        Map<String, String> fullerForms = fullerForms(fullNames);
        FullNames fullNamesByWord = new FullNames(fullNames);
        Map<String, Builder> builders = new LinkedHashMap<>();
        List<ResolvedMention> resolved = new ArrayList<>(mentions.size());
        for (Mention mention : mentions) {
            // A one-word name is the full name the article gives; a leader's surname from the gazetteer only when
            // the article gives no full name with that word ("Novak" after "Petr Novak" is not Katalin Novák).
            String written = mention.type() != EntityType.PERSON || mention.text().contains(" ") ? mention.name()
                    : fullNamesByWord.fullNameFor(mention);
            String name = mention.type() == EntityType.PERSON ? fullerForms.getOrDefault(written, written) : written;
            String key = EntityKeys.of(mention.type(), name);
            Builder builder = builders.computeIfAbsent(key, k -> new Builder(k, mention.type(), name));
            if (!mention.demonym() && !mention.text().equals(name)) {
                builder.aliases.add(mention.text().replaceAll("\\s+", " "));
            }
            resolved.add(new ResolvedMention(mention, key));
        }
        for (Builder builder : builders.values()) {
            gazetteer.lookup(keyOf(builder.label)).map(Gazetteer.Hit::entry)
                    .filter(entry -> entry.type() == builder.type)
                    .ifPresent(builder::link);
        }
        Cancellation.check();
        Map<String, Entity> entities = new LinkedHashMap<>();
        builders.forEach((key, builder) -> entities.put(key, builder.build()));
        List<Position> positions = positions(text, resolved, entities);
        Cancellation.check();
        resolved.addAll(nominals.resolve(text, resolved, entities, positions));
        resolved.sort(java.util.Comparator.comparingInt(r -> r.mention().begin()));
        List<ActingAgent> agents = actingAgents.find(text, resolved, entities);
        String voice = Voice.stateOf(publisher, gazetteer).map(state -> {
            String key = EntityKeys.of(EntityType.STATE, state.name());
            entities.computeIfAbsent(key, k -> new Entity(k, EntityType.STATE, state.name(), new TreeSet<>(),
                    state.wikidata(), state.geonames(), state.country()));
            return key;
        }).orElse(null);
        return new Resolution(resolved, entities, positions, agents, voice);
    }

    private static String keyOf(String name) {
        return name.replaceAll("\\s+", "");
    }

    /**
     * The fuller forms of the names that the article also gives with middle initials ("George Bush" → George W. Bush
     * when the article names George W. Bush), by short form; a short form with two fuller forms is left out.
     */
    private static Map<String, String> fullerForms(List<Mention> fullNames) {
        Map<String, Set<String>> byShortForm = new HashMap<>();
        for (Mention full : fullNames) {
            String shortForm = MiddleInitials.without(full.name());
            if (!shortForm.equals(full.name())) {
                byShortForm.computeIfAbsent(shortForm, k -> new TreeSet<>()).add(full.name());
            }
        }
        Map<String, String> fuller = new HashMap<>();
        byShortForm.forEach((shortForm, forms) -> {
            if (forms.size() == 1) {
                fuller.put(shortForm, forms.iterator().next());
            }
        });
        return fuller;
    }

    private List<Position> positions(AnalyzedText text, List<ResolvedMention> mentions,
                                     Map<String, Entity> entities) {
        Map<String, Position> positions = new LinkedHashMap<>();
        Map<Integer, List<ResolvedMention>> bySentence = new HashMap<>();
        mentions.forEach(m -> bySentence.computeIfAbsent(m.mention().sentence(), s -> new ArrayList<>()).add(m));
        for (ResolvedMention person : mentions) {
            Mention m = person.mention();
            if (m.type() != EntityType.PERSON) {
                continue;
            }
            Sentence sentence = text.sentences().get(m.sentence());
            int titleLength = Titles.titleEndingAt(sentence, m.tokenBegin());
            if (titleLength == 0) {
                continue;
            }
            int titleStart = m.tokenBegin() - titleLength;
            String title = text.span(sentence.token(titleStart).begin(), sentence.token(m.tokenBegin() - 1).end());
            if (Titles.isSpokesperson(title)) {
                spokesperson(person, title, titleStart, bySentence, entities, positions);
                continue;
            }
            if (!Titles.isOffice(title)) {
                continue;
            }
            int qualifierEnd = titleStart;
            if (qualifierEnd > 0 && sentence.token(qualifierEnd - 1).text().matches("['’]s")) {
                qualifierEnd--;
            }
            stateEndingAt(bySentence.getOrDefault(m.sentence(), List.of()), qualifierEnd).ifPresent(state -> {
                String office = capitalize(title) + " of " + entities.get(state).label();
                positions.putIfAbsent(person.entity() + "|" + office, new Position(person.entity(),
                        capitalize(title), state, office, m.sentence()));
            });
        }
        return List.copyOf(positions.values());
    }

    private static java.util.Optional<String> stateEndingAt(List<ResolvedMention> sentenceMentions, int token) {
        return sentenceMentions.stream()
                .filter(q -> q.mention().tokenEnd() == token && q.mention().type() == EntityType.STATE)
                .map(ResolvedMention::entity).findFirst();
    }

    /**
     * A spokesperson of a government body: "Kremlin spokesman Dmitry Peskov" → Kremlin Spokesman of Russia (the state
     * of a seat of government), "Chinese Foreign Ministry spokesperson Wang Wenbin" → Foreign Ministry Spokesperson of
     * China (the state named before the body).
     */
    private void spokesperson(ResolvedMention person, String title, int titleStart,
                              Map<Integer, List<ResolvedMention>> bySentence, Map<String, Entity> entities,
                              Map<String, Position> positions) {
        Mention m = person.mention();
        List<ResolvedMention> sentenceMentions = bySentence.getOrDefault(m.sentence(), List.of());
        sentenceMentions.stream()
                .filter(q -> q.mention().tokenEnd() == titleStart && q.mention().type() == EntityType.ORGANIZATION)
                .findFirst()
                .ifPresent(body -> {
                    Entity org = entities.get(body.entity());
                    String state = stateEndingAt(sentenceMentions, body.mention().tokenBegin())
                            .or(() -> actingAgents.seatOf(org.label()).flatMap(gazetteer::state)
                                    .map(s -> EntityKeys.of(EntityType.STATE, s.name()))
                                    .filter(entities::containsKey))
                            .orElse(null);
                    if (state != null) {
                        String role = org.label() + " " + capitalize(title);
                        String office = role + " of " + entities.get(state).label();
                        positions.putIfAbsent(person.entity() + "|" + office,
                                new Position(person.entity(), role, state, office, m.sentence()));
                    }
                });
    }

    private static String capitalize(String title) {
        StringBuilder out = new StringBuilder();
        for (String word : title.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(word.equals("of") ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }

    private static final class Builder {
        private final String key;
        private final EntityType type;
        private final String label;
        private final Set<String> aliases = new TreeSet<>();
        private GazetteerEntry entry;

        Builder(String key, EntityType type, String label) {
            this.key = key;
            this.type = type;
            this.label = label;
        }

        void link(GazetteerEntry entry) {
            this.entry = entry;
        }

        Entity build() {
            aliases.remove(label);
            return new Entity(key, type, label, new TreeSet<>(aliases), entry == null ? null : entry.wikidata(),
                    entry == null ? null : entry.geonames(), entry == null ? null : entry.country());
        }
    }
}
