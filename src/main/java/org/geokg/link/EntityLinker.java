package org.geokg.link;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.geokg.lexicon.EntityType;
import org.geokg.lexicon.GazetteerEntry;
import org.geokg.resolve.Entity;

/**
 * Links the entities of one article to Wikidata and GeoNames through the bundled data sets. A wrong link is worse
 * than none, so an entity is linked only when its name, its type and the article agree on one record:
 * <ul>
 *   <li>a person by full name (or alias, spelling variants folded by {@link NameKey}) when the article's date falls
 *       in one of their terms or the article names their state, and only one bearer of the name agrees so (of two
 *       in office, the one whose state the article names); by surname alone only when
 *       exactly one bearer is in office on the article's date and the article names their state;</li>
 *   <li>a state by any of its names (it also gets its ISO 3166 codes);</li>
 *   <li>a city by name: the well-known city of that name, a capital or a city of a million ten times as large as
 *       the next ("Paris" with the United States named is still Paris, France), unless the article names the region
 *       of a homonym ("Texas"), when it is not linked; else the most populous of that name in a first-level region,
 *       or else in a state, the article names (GeoNames only: the table has no Wikidata ids);</li>
 *   <li>a first-level region by name when one region in a state the article names bears it (GeoNames);</li>
 *   <li>an international organization by name, or by acronym when one organization bears it.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class EntityLinker {
    private static final int TERM_SLACK_DAYS = 365;
    private static final int SURNAME_SLACK_DAYS = 31;

    private final LinkTables tables;

    public EntityLinker(LinkTables tables) {
        this.tables = tables;
    }

    /** Links of the entities of one article published on {@code date} ({@code null} when unknown), by key. */
    public Map<String, EntityLink> link(Map<String, Entity> entities, LocalDate date) {
        Set<String> regions = entities.values().stream()
                .filter(e -> e.type() == EntityType.REGION)
                .map(e -> NameKey.of(e.label()))
                .collect(Collectors.toSet());
        Set<String> states = entities.values().stream()
                .filter(e -> e.type() == EntityType.STATE)
                .map(e -> stateOf(e))
                .filter(java.util.Objects::nonNull)
                .map(LinkTables.State::iso2)
                .collect(Collectors.toSet());
        Map<String, EntityLink> links = new LinkedHashMap<>();
        for (Entity entity : entities.values()) {
            link(entity, date, new Named(states, regions)).ifPresent(link -> links.put(entity.key(), link));
        }
        return links;
    }

    /**
     * What an article names that a link must agree with.
     *
     * @param states  the states it names, as ISO 3166-1 alpha-2 codes
     * @param regions the first-level regions it names, as {@link NameKey}s of their names
     */
    public record Named(Set<String> states, Set<String> regions) {
    }

    /** The link of one entity, given the article's date and the states and regions it names. */
    public Optional<EntityLink> link(Entity entity, LocalDate date, Named named) {
        Set<String> states = named.states();
        return switch (entity.type()) {
            case PERSON -> person(entity, date, states);
            case STATE -> Optional.ofNullable(stateOf(entity)).map(s -> new EntityLink(s.wikidata(), s.geonames(),
                    s.iso2(), s.iso3(), s.name(), "countries.tsv: name", 1.0, s.point()));
            case CITY -> city(entity, named);
            case REGION -> region(entity, states);
            case ORGANIZATION -> organization(entity);
            case LOCATION -> Optional.empty();
        };
    }

    private LinkTables.State stateOf(Entity entity) {
        LinkTables.State byName = tables.stateNamed(NameKey.of(entity.label()));
        return byName != null ? byName : entity.country() == null ? null : tables.state(entity.country());
    }

    private Optional<EntityLink> person(Entity entity, LocalDate date, Set<String> states) {
        String key = NameKey.of(entity.label());
        if (key.contains(" ")) {
            Map<String, List<LinkTables.Term>> byPerson = tables.peopleNamed(key).stream()
                    .collect(Collectors.groupingBy(LinkTables.Term::wikidata, LinkedHashMap::new, Collectors.toList()));
            List<List<LinkTables.Term>> agreeing = byPerson.values().stream()
                    .filter(terms -> inOffice(terms, date) || stateNamed(terms, states)).toList();
            if (agreeing.size() > 1) {
                agreeing = agreeing.stream().filter(terms -> stateNamed(terms, states)).toList();
            }
            if (agreeing.size() == 1) {
                List<LinkTables.Term> terms = agreeing.get(0);
                boolean inOffice = inOffice(terms, date);
                boolean shared = byPerson.size() > 1;
                return Optional.of(personLink(terms.get(0), (inOffice
                        ? "people.tsv: full name, in office on the article's date"
                        : "people.tsv: full name, state named in the article")
                        + (shared ? ", the only one of its bearers" : ""), shared ? 0.9 : inOffice ? 0.97 : 0.93));
            }
            return Optional.empty();
        }
        if (date == null) {
            return Optional.empty();
        }
        List<LinkTables.Term> serving = tables.peopleWithSurname(key).stream()
                .filter(t -> t.covers(date, SURNAME_SLACK_DAYS) && states.contains(t.iso2()))
                .toList();
        if (serving.stream().map(LinkTables.Term::wikidata).distinct().count() == 1) {
            return Optional.of(personLink(serving.get(0),
                    "people.tsv: surname, in office on the article's date, state named in the article", 0.85));
        }
        return Optional.empty();
    }

    private static boolean inOffice(List<LinkTables.Term> terms, LocalDate date) {
        return date != null && terms.stream().anyMatch(t -> t.covers(date, TERM_SLACK_DAYS));
    }

    private static boolean stateNamed(List<LinkTables.Term> terms, Set<String> states) {
        return terms.stream().anyMatch(t -> states.contains(t.iso2()));
    }

    private static EntityLink personLink(LinkTables.Term term, String method, double confidence) {
        return new EntityLink(term.wikidata(), null, null, null, term.name(), method, confidence, null);
    }

    private Optional<EntityLink> city(Entity entity, Named named) {
        List<LinkTables.Place> cities = tables.citiesNamed(NameKey.of(entity.label()));
        if (cities.isEmpty()) {
            return Optional.empty();
        }
        LinkTables.Place largest = cities.get(0);
        boolean wellKnown = dominant(cities)
                && (largest.capital() || largest.population() >= GazetteerEntry.LARGE_CITY);
        List<LinkTables.Place> inNamedRegions = cities.stream()
                .filter(c -> named.regions().contains(NameKey.of(c.region()))).toList();
        if (!inNamedRegions.isEmpty() && dominant(inNamedRegions)) {
            if (wellKnown && inNamedRegions.get(0) != largest) {
                return Optional.empty(); // "Washington" in an article naming Illinois: the capital or the town
            }
            return Optional.of(placeLink(inNamedRegions.get(0), "cities.tsv: name, region named in the article",
                    0.95));
        }
        List<LinkTables.Place> inNamedStates = cities.stream().filter(c -> named.states().contains(c.iso2())).toList();
        if (!inNamedStates.isEmpty() && dominant(inNamedStates) && (!wellKnown || inNamedStates.get(0) == largest)) {
            return Optional.of(placeLink(inNamedStates.get(0), "cities.tsv: name, state named in the article", 0.95));
        }
        if (wellKnown) {
            return Optional.of(placeLink(largest, "cities.tsv: name, the capital or largest city so named", 0.88));
        }
        return Optional.empty();
    }

    /** Whether the first (most populous) place is alone or ten times as large as the next. */
    private static boolean dominant(List<LinkTables.Place> places) {
        return places.size() == 1 || places.get(0).population() >= 10 * places.get(1).population();
    }

    private Optional<EntityLink> region(Entity entity, Set<String> states) {
        List<LinkTables.Place> regions = tables.regionsNamed(NameKey.of(entity.label()));
        List<LinkTables.Place> inNamedStates = regions.stream().filter(r -> states.contains(r.iso2())).toList();
        if (inNamedStates.size() == 1) {
            return Optional.of(placeLink(inNamedStates.get(0), "admin1.tsv: name, state named in the article", 0.9));
        }
        return Optional.empty();
    }

    private static EntityLink placeLink(LinkTables.Place place, String method, double confidence) {
        return new EntityLink(null, place.geonames(), null, null, place.name(), method, confidence, place.point());
    }

    private Optional<EntityLink> organization(Entity entity) {
        String key = NameKey.of(entity.label());
        List<LinkTables.Organization> named = tables.organizationsNamed(key);
        if (named.size() == 1) {
            return Optional.of(orgLink(named.get(0), "organizations.tsv: name", 0.95));
        }
        if (named.isEmpty() && entity.label().equals(entity.label().toUpperCase(java.util.Locale.ROOT))) {
            List<LinkTables.Organization> abbreviated = tables.organizationsAbbreviated(key);
            if (abbreviated.size() == 1) {
                return Optional.of(orgLink(abbreviated.get(0), "organizations.tsv: acronym", 0.9));
            }
        }
        return Optional.empty();
    }

    private static EntityLink orgLink(LinkTables.Organization org, String method, double confidence) {
        return new EntityLink(org.wikidata(), null, null, null, org.name(), method, confidence, null);
    }
}
