package org.geokg.link;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geokg.lexicon.MiddleInitials;
import org.geokg.lexicon.Table;

/**
 * The bundled data sets with external identifiers, indexed by {@link NameKey}: heads of state and government with
 * their dated terms ({@code people.tsv}, with the English names of {@code people-names-en.tsv} for those it spells
 * otherwise), states ({@code countries.tsv} plus the usual short names of
 * {@code country-names-extra.tsv}), cities ({@code cities.tsv}, GeoNames ids), first-level regions
 * ({@code admin1.tsv}) and international organizations ({@code organizations.tsv}, Wikidata ids where known).
 * Places carry the point that stands for them on a map, from the coordinates of {@code cities.tsv}: a city its own;
 * a state its capital's (the city {@code cities.tsv} marks as capital, else the city of the state that
 * {@code countries.tsv} names as capital); a first-level region its seat's (the one city of that region that
 * {@code cities.tsv} gives as a seat of a first-level region, PPLA, or as a capital, PPLC). A state or region without
 * such a city, or a region with several, has no point.
 * Immutable and shared by all threads.
 */
public final class LinkTables {
    /** One term of office of a head of state or government. */
    public record Term(String wikidata, String name, String position, String iso2, LocalDate start, LocalDate end) {
        /** Whether the term covers this day, with {@code slackDays} of tolerance at both ends. */
        public boolean covers(LocalDate day, int slackDays) {
            return (start == null || !day.isBefore(start.minusDays(slackDays)))
                    && (end == null || !day.isAfter(end.plusDays(slackDays)));
        }
    }

    /** A state, with its capital's point or {@code null}. */
    public record State(String iso2, String iso3, String name, String wikidata, String geonames, GeoPoint point) {
    }

    /**
     * A city, or a first-level region (population 0, never a capital); {@code region} is the name of a city's
     * first-level region ("Texas" for Paris, Texas), empty for a region; {@code point} is the city's, or the
     * region's seat's, or {@code null}.
     */
    public record Place(String geonames, String name, String iso2, String region, long population, boolean capital,
                        GeoPoint point) {
    }

    /** An international organization with a Wikidata id. */
    public record Organization(String wikidata, String name) {
    }

    private final Map<String, List<Term>> peopleByName;
    private final Map<String, List<Term>> peopleBySurname;
    private final Map<String, State> statesByName;
    private final Map<String, State> statesByCode;
    private final Map<String, List<Place>> citiesByName;
    private final Map<String, List<Place>> regionsByName;
    private final Map<String, List<Organization>> organizationsByName;
    private final Map<String, List<Organization>> organizationsByAcronym;

    /** The builder's maps themselves, read-only: copying them took a fifth of the tables' load. */
    private LinkTables(Builder b) {
        this.peopleByName = Collections.unmodifiableMap(b.peopleByName);
        this.peopleBySurname = Collections.unmodifiableMap(b.peopleBySurname);
        this.statesByName = Collections.unmodifiableMap(b.statesByName);
        this.statesByCode = Collections.unmodifiableMap(b.statesByCode);
        b.citiesByName.values().forEach(cities -> cities.sort(
                java.util.Comparator.comparingLong(Place::population).reversed()));
        this.citiesByName = Collections.unmodifiableMap(b.citiesByName);
        this.regionsByName = Collections.unmodifiableMap(b.regionsByName);
        this.organizationsByName = Collections.unmodifiableMap(b.organizationsByName);
        this.organizationsByAcronym = Collections.unmodifiableMap(b.organizationsByAcronym);
    }

    /** Loads the tables bundled in the jar. */
    public static LinkTables load() {
        Builder b = new Builder();
        Table.read("gazetteer/people-names-en.tsv", row -> b.englishNames.put(row.get("name"), row));
        Table.read("gazetteer/people.tsv", b::person);
        Table.read("gazetteer/cities.tsv", b::city);
        List<Map<String, String>> countries = new ArrayList<>();
        Table.read("gazetteer/countries.tsv", countries::add);
        countries.forEach(b::state);
        countries.forEach(b::stateAltNames);
        Table.read("gazetteer/country-names-extra.tsv", row -> {
            State state = b.statesByCode.get(row.get("iso2"));
            if (state != null && !"demonym".equals(row.get("kind"))) {
                b.statesByName.putIfAbsent(NameKey.of(row.get("name")), state);
            }
        });
        Table.read("gazetteer/city-names-extra.tsv", row -> {
            Place city = b.citiesById.get(row.get("geonames_id"));
            if (city != null) {
                index(b.citiesByName, row.get("name"), city);
            }
        });
        Table.read("gazetteer/admin1.tsv", row -> {
            List<Place> seats = b.seats.getOrDefault(row.get("country_iso2") + "." + row.get("admin1_subcode"),
                    List.of());
            GeoPoint seat = seats.size() == 1
                    ? seats.get(0).point().as("cities.tsv: the seat of the region, " + seats.get(0).name()) : null;
            Place region = new Place(row.get("geonames_id"), row.get("name"), row.get("country_iso2"), "", 0,
                    false, seat);
            for (String name : List.of(row.get("name"), row.get("ascii_name"))) {
                index(b.regionsByName, name, region);
            }
        });
        Table.read("gazetteer/organizations.tsv", b::organization);
        return new LinkTables(b);
    }

    /** Terms of the people with this full name (or alias) key. */
    public List<Term> peopleNamed(String key) {
        return peopleByName.getOrDefault(key, List.of());
    }

    /** Terms of the people whose name ends with this surname key. */
    public List<Term> peopleWithSurname(String key) {
        return peopleBySurname.getOrDefault(key, List.of());
    }

    /** The state with this name key, if any. */
    public State stateNamed(String key) {
        return statesByName.get(key);
    }

    /** The state with this ISO 3166-1 alpha-2 code, if any. */
    public State state(String iso2) {
        return statesByCode.get(iso2);
    }

    /** Cities with this name key, the most populous first. */
    public List<Place> citiesNamed(String key) {
        return citiesByName.getOrDefault(key, List.of());
    }

    /** First-level regions with this name key. */
    public List<Place> regionsNamed(String key) {
        return regionsByName.getOrDefault(key, List.of());
    }

    /** Organizations with this name key. */
    public List<Organization> organizationsNamed(String key) {
        return organizationsByName.getOrDefault(key, List.of());
    }

    /** Organizations with this acronym key. */
    public List<Organization> organizationsAbbreviated(String key) {
        return organizationsByAcronym.getOrDefault(key, List.of());
    }

    private static <T> void index(Map<String, List<T>> index, String name, T value) {
        if (name == null || name.isBlank()) {
            return;
        }
        List<T> values = index.computeIfAbsent(NameKey.of(name), k -> new ArrayList<>(1));
        if (!values.contains(value)) {
            values.add(value);
        }
    }

    private static LocalDate date(String day, String year, boolean end) {
        try {
            if (day != null && !day.isBlank()) {
                return LocalDate.parse(day);
            }
            if (year != null && !year.isBlank()) {
                int y = Integer.parseInt(year);
                return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    /** Mutable indexes while loading. */
    private static final class Builder {
        final Map<String, List<Term>> peopleByName = new HashMap<>();
        final Map<String, List<Term>> peopleBySurname = new HashMap<>();
        final Map<String, State> statesByName = new HashMap<>();
        final Map<String, State> statesByCode = new HashMap<>();
        final Map<String, List<Place>> citiesByName = new HashMap<>();
        final Map<String, List<Place>> regionsByName = new HashMap<>();
        final Map<String, List<Organization>> organizationsByName = new HashMap<>();
        final Map<String, List<Organization>> organizationsByAcronym = new HashMap<>();
        final Map<String, Map<String, String>> englishNames = new HashMap<>();
        final Map<String, Place> citiesById = new HashMap<>();
        final Map<String, Place> capitals = new HashMap<>();
        final Map<String, List<Place>> seats = new HashMap<>();

        /** A city of {@code cities.tsv}, indexed by name; its state's capital; a seat of its region (PPLA, PPLC). */
        void city(Map<String, String> row) {
            String id = row.get("geonames_id");
            GeoPoint point = new GeoPoint(Double.parseDouble(row.get("lon")), Double.parseDouble(row.get("lat")), id,
                    "cities.tsv: the city's coordinates");
            Place city = new Place(id, row.get("name"), row.get("country_iso2"), row.get("admin1_name"),
                    Long.parseLong(row.get("population")), Boolean.parseBoolean(row.get("is_capital")), point);
            citiesById.put(id, city);
            for (String name : List.of(row.get("name"), row.get("ascii_name"))) {
                index(citiesByName, name, city);
            }
            if (city.capital()) { // the most populous, as the Gazetteer chooses a state's capital
                capitals.merge(city.iso2(), city, (a, b) -> a.population() >= b.population() ? a : b);
            }
            if (city.capital() || "PPLA".equals(row.get("feature_code"))) {
                seats.computeIfAbsent(city.iso2() + "." + row.get("admin1_code"), k -> new ArrayList<>(1)).add(city);
            }
        }

        /**
         * The point of a state: its capital's, the city marked capital, else the most populous city of the state
         * bearing the first name of the capital column ("Jerusalem", a PPLA in GeoNames).
         */
        GeoPoint capitalPoint(String iso2, String capitalColumn) {
            Place capital = capitals.get(iso2);
            if (capital == null) {
                List<String> names = Table.split(capitalColumn);
                capital = names.isEmpty() ? null : citiesByName.getOrDefault(NameKey.of(names.get(0)), List.of())
                        .stream().filter(c -> c.iso2().equals(iso2))
                        .max(java.util.Comparator.comparingLong(Place::population)).orElse(null);
            }
            return capital == null ? null : capital.point().as("cities.tsv: the capital, " + capital.name());
        }

        /** A term of {@code people.tsv}, labelled with the English name when the table spells it otherwise. */
        void person(Map<String, String> row) {
            String qid = Table.blankToNull(row.get("wikidata_qid"));
            if (qid == null) {
                return;
            }
            boolean current = Boolean.parseBoolean(row.get("is_current"));
            LocalDate end = current ? null : date(row.get("end_date"), row.get("end_year"), true);
            Map<String, String> english = englishNames.get(row.get("name"));
            Term term = new Term(qid, english == null ? row.get("name") : english.get("english"), row.get("position"),
                    row.get("country_iso2"), date(row.get("start_date"), row.get("start_year"), false), end);
            Set<String> names = new LinkedHashSet<>();
            names.add(row.get("name"));
            names.addAll(Table.split(row.get("aliases")));
            if (english != null) {
                names.add(english.get("english"));
                names.addAll(Table.split(english.get("aliases")));
            }
            for (String name : names) {
                index(peopleByName, name, term);
                String withoutInitials = MiddleInitials.without(name);
                if (!withoutInitials.equals(name) && withoutInitials.contains(" ")) {
                    index(peopleByName, withoutInitials, term); // "George Bush" for George W. Bush
                }
                String key = NameKey.of(name);
                if (key.contains(" ")) {
                    index(peopleBySurname, NameKey.lastWord(key), term);
                }
            }
        }

        void state(Map<String, String> row) {
            State state = new State(row.get("iso2"), row.get("iso3"), row.get("name"),
                    Table.blankToNull(row.get("wikidata_qid")), Table.blankToNull(row.get("geonames_id")),
                    capitalPoint(row.get("iso2"), row.get("capital")));
            statesByCode.put(state.iso2(), state);
            statesByName.put(NameKey.of(state.name()), state);
        }

        /** Official and other names, after every state's short name so that none is shadowed. */
        void stateAltNames(Map<String, String> row) {
            State state = statesByCode.get(row.get("iso2"));
            statesByName.putIfAbsent(NameKey.of(row.get("official_name")), state);
            Table.split(row.get("alt_names")).forEach(alt -> statesByName.putIfAbsent(NameKey.of(alt), state));
        }

        void organization(Map<String, String> row) {
            String qid = Table.blankToNull(row.get("wikidata_qid"));
            if (qid == null) {
                return;
            }
            Organization org = new Organization(qid, row.get("name"));
            index(organizationsByName, org.name(), org);
            Table.split(row.get("alt_names")).forEach(alt -> index(organizationsByName, alt, org));
            Table.split(row.get("acronyms")).forEach(acronym -> index(organizationsByAcronym, acronym, org));
        }
    }
}
