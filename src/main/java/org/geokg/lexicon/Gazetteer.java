package org.geokg.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.geokg.GeoKgException;

/**
 * The bundled gazetteers: countries with their names and demonyms, cities (with the English names of those GeoNames
 * names otherwise), first-level regions, international
 * organizations, other organizations often in the news, and heads of state and government. Loaded once from the
 * classpath ({@code org/geokg/gazetteer/*.tsv}); immutable and shared by all threads.
 *
 * <p>Names are looked up by their tokens joined without white space, so that "United States" in the gazetteer
 * matches the tokens {@code United} {@code States} whatever the tokenizer does with spaces.
 */
public final class Gazetteer {
    /** Cities smaller than this are left out of the name dictionary, unless they are capitals. */
    static final long MIN_CITY_POPULATION = 100_000;
    private static final Set<String> NOT_PLACE_NAMES = Words.set("not-place-name");

    /** Language names that are also leaders' surnames, never taken alone for the leader. */
    private static final Set<String> LANGUAGES = Words.set("surname-language");

    /** A dictionary hit: the entry and whether the name was a demonym. */
    public record Hit(GazetteerEntry entry, boolean demonym) {
    }

    private final Map<String, Hit> names;
    private final Map<String, GazetteerEntry> statesByCode;
    private final Map<String, GazetteerEntry> capitalsByCountry;
    private final int longestName;
    private final KeyPrefixes namePrefixes;
    /** The capitalization class of each word of the lexicon, 0 (nearly always lower case) to 3 (a name). */
    private final Map<String, Integer> caseClasses;
    /** The cities and regions of each name key that several bear, in the order of the tables (cities first). */
    private final Map<String, List<GazetteerEntry>> places;
    /** Common first names in English-speaking countries ("George", "Michael", "Victoria"). */
    private final Set<String> givenNames;

    private Gazetteer(Map<String, Hit> names, Map<String, GazetteerEntry> statesByCode,
                      Map<String, GazetteerEntry> capitalsByCountry, Map<String, Integer> caseClasses,
                      Set<String> givenNames, Map<String, List<GazetteerEntry>> places) {
        // Hash maps, not Map.copyOf: the mention stage looks up every run of tokens from each capitalized word, and
        // nearly all of them miss; an immutable map's probe compares the strings themselves at every step, a hash
        // map compares their hash codes first (the lookups were 3 % of an ingest's Java samples).
        this.names = Collections.unmodifiableMap(new HashMap<>(names));
        this.places = Collections.unmodifiableMap(places.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> List.copyOf(e.getValue()), (a, b) -> a,
                        HashMap::new)));
        this.givenNames = Collections.unmodifiableSet(new HashSet<>(givenNames));
        this.caseClasses = Collections.unmodifiableMap(new HashMap<>(caseClasses));
        this.statesByCode = Map.copyOf(statesByCode);
        this.capitalsByCountry = Map.copyOf(capitalsByCountry);
        this.longestName = names.keySet().stream().mapToInt(String::length).max().orElse(0);
        this.namePrefixes = new KeyPrefixes(names.keySet(), 8 * names.size()); // 119,000 prefixes of 17,649 keys
    }

    /** Loads the gazetteers bundled in the jar. */
    public static Gazetteer load() {
        Map<String, Hit> names = new HashMap<>();
        Map<String, GazetteerEntry> states = new HashMap<>();
        Map<String, GazetteerEntry> capitals = new HashMap<>();
        Map<String, Integer> caseClasses = caseClasses();
        Map<String, List<GazetteerEntry>> surnames = new HashMap<>();
        Set<String> givenNames = new HashSet<>();
        Table.read("gazetteer/given-names.tsv", row -> givenNames.add(row.get("name")));
        Table.read("gazetteer/people.tsv", row -> {
            GazetteerEntry person = new GazetteerEntry(EntityType.PERSON, row.get("name"), Table.blankToNull(
                    row.get("wikidata_qid")), null, row.get("country_iso2"), 0, false);
            add(names, row.get("name"), person, false);
            Table.split(row.get("aliases")).forEach(alias -> add(names, alias, person, false));
            String[] parts = row.get("name").split(" ");
            if (parts.length > 1) {
                List<GazetteerEntry> holders = surnames.computeIfAbsent(parts[parts.length - 1],
                        k -> new ArrayList<>());
                if (holders.stream().noneMatch(h -> h.name().equals(person.name()))) {
                    holders.add(person);
                }
            }
        });
        List<Map<String, String>> countries = new ArrayList<>();
        Table.read("gazetteer/countries.tsv", countries::add);
        for (Map<String, String> row : countries) {
            GazetteerEntry state = new GazetteerEntry(EntityType.STATE, row.get("name"),
                    Table.blankToNull(row.get("wikidata_qid")), Table.blankToNull(row.get("geonames_id")),
                    row.get("iso2"), 0,
                    false);
            states.put(row.get("iso2"), state);
            add(names, row.get("name"), state, false);
        }
        // before the alternative names: "Saudi" and "Thai" are listed there, but in English they are demonyms
        Table.read("gazetteer/country-names-extra.tsv", row -> add(names, row.get("name"), states.get(row.get("iso2")),
                "demonym".equals(row.get("kind"))));
        for (Map<String, String> row : countries) {
            GazetteerEntry state = states.get(row.get("iso2"));
            add(names, row.get("official_name"), state, false);
            Table.split(row.get("alt_names")).stream()
                    .filter(alt -> !isCommonWordName(alt, caseClasses))
                    .forEach(alt -> add(names, alt, state, false)); // not "Island" (Iceland) in "Thursday Island"
        }
        // Sovereign states first: "American" is the demonym of the United States before American Samoa's.
        for (boolean sovereign : new boolean[] {true, false}) {
            for (Map<String, String> row : countries) {
                if (Boolean.parseBoolean(row.get("un_member")) == sovereign) {
                    GazetteerEntry state = states.get(row.get("iso2"));
                    for (String demonym : row.get("demonyms").split("[|,]")) {
                        add(names, demonym.strip(), state, true);
                        add(names, plural(demonym.strip()), state, true);
                    }
                }
            }
        }
        Table.read("gazetteer/organizations.tsv", row -> {
            GazetteerEntry org = new GazetteerEntry(EntityType.ORGANIZATION, row.get("name"),
                    Table.blankToNull(row.get("wikidata_qid")), null, null, 0, false);
            add(names, row.get("name"), org, false);
            Table.split(row.get("acronyms")).stream().filter(a -> a.length() >= 2).forEach(a -> {
                add(names, a, org, false);
                if (a.length() <= 3 && a.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
                    add(names, a.replaceAll("(.)", "$1."), org, false); // "U.N.", "E.U."
                }
            });
            Table.split(row.get("alt_names")).forEach(alt -> add(names, alt, org, false));
        });
        Table.read("gazetteer/organizations-extra.tsv", row -> {
            GazetteerEntry org = new GazetteerEntry(EntityType.ORGANIZATION, row.get("name"), null, null, null, 0,
                    false);
            add(names, row.get("name"), org, false);
            Table.split(row.get("alt_names")).forEach(alt -> add(names, alt, org, false));
        });
        Table.read("gazetteer/world-regions.tsv", row -> {
            GazetteerEntry region = new GazetteerEntry(EntityType.LOCATION, row.get("name"), null, null, null, 0,
                    false);
            add(names, row.get("name"), region, false);
            Table.split(row.get("alt_names")).forEach(alt -> add(names, alt, region, false));
        });
        // A place's own spelling comes before the spellings without accents of all places, so that a transliteration
        // does not shadow a name ("Bali", the island, over "Bāli", a town in India), except that a city's
        // transliteration still wins over a region of its own country ("Zurich": Zürich, not the canton).
        List<Map.Entry<String, GazetteerEntry>> spellings = new ArrayList<>();
        List<Map.Entry<String, GazetteerEntry>> transliterations = new ArrayList<>();
        Map<String, GazetteerEntry> indexedCities = new HashMap<>();
        Table.read("gazetteer/cities.tsv", row -> {
            boolean capital = Boolean.parseBoolean(row.get("is_capital"));
            long population = Long.parseLong(row.get("population"));
            GazetteerEntry city = new GazetteerEntry(EntityType.CITY, row.get("name"), null, row.get("geonames_id"),
                    row.get("country_iso2"), population, capital);
            if (capital) {
                capitals.merge(city.country(), city, (a, b) -> a.population() >= b.population() ? a : b);
            }
            if (capital || population >= MIN_CITY_POPULATION) {
                spelling(spellings, row.get("name"), city);
                spelling(transliterations, row.get("ascii_name"), city);
                spelling(transliterations, withoutAccents(row.get("name")), city);
                indexedCities.put(city.geonames(), city);
            }
        });
        Table.read("gazetteer/city-names-extra.tsv", row -> {
            GazetteerEntry city = indexedCities.get(row.get("geonames_id"));
            if (city != null) {
                spelling(spellings, row.get("name"), city);
            }
        });
        Set<String> cityTransliterations = transliterations.stream()
                .map(e -> e.getValue().country() + "|" + e.getKey()).collect(Collectors.toSet());
        Table.read("gazetteer/admin1.tsv", row -> {
            GazetteerEntry region = new GazetteerEntry(EntityType.REGION, row.get("name"), null,
                    row.get("geonames_id"), row.get("country_iso2"), 0, false);
            if (!cityTransliterations.contains(region.country() + "|" + row.get("name"))) {
                spelling(spellings, row.get("name"), region); // the canton of Zurich does not hide Zürich
            }
            spelling(transliterations, row.get("ascii_name"), region);
            spelling(transliterations, withoutAccents(row.get("name")), region);
        });
        spellings.forEach(e -> addPlace(names, e.getKey(), e.getValue()));
        transliterations.forEach(e -> addPlace(names, e.getKey(), e.getValue()));
        Map<String, List<GazetteerEntry>> homonyms = new HashMap<>();
        for (List<Map.Entry<String, GazetteerEntry>> list : List.of(spellings, transliterations)) {
            list.forEach(e -> {
                List<GazetteerEntry> places = homonyms.computeIfAbsent(key(e.getKey()), k -> new ArrayList<>());
                if (!places.contains(e.getValue())) {
                    places.add(e.getValue());
                }
            });
        }
        addSurnames(names, surnames, caseClasses);
        return new Gazetteer(names, states, capitals, caseClasses, givenNames, homonyms);
    }

    /**
     * Whether a name is one word in title case that is a common word in lower case ("Island", another name of
     * Iceland); acronyms ("US") are names.
     */
    private static boolean isCommonWordName(String name, Map<String, Integer> caseClasses) {
        boolean titleCase = !name.contains(" ") && name.length() > 1 && Character.isUpperCase(name.charAt(0))
                && name.substring(1).chars().allMatch(Character::isLowerCase);
        return titleCase && isCommonWord(name, caseClasses);
    }

    /** Whether a word is mostly written in lower case in the capitalization lexicon. */
    private static boolean isCommonWord(String word, Map<String, Integer> caseClasses) {
        return caseClasses.getOrDefault(word.toLowerCase(Locale.ROOT), 3) < 3;
    }

    /**
     * Leaders' surnames alone ("Putin", "Erdoğan"), added last so that no place or organization is shadowed, and only
     * when one leader bears the surname and the word is a name in running text (the capitalization lexicon counts
     * it capitalized at least half of the time) and not a language ("English": Bill English).
     */
    private static void addSurnames(Map<String, Hit> names, Map<String, List<GazetteerEntry>> surnames,
                                    Map<String, Integer> caseClasses) {
        surnames.forEach((surname, holders) -> {
            if (holders.size() == 1 && surname.length() >= 3 && Character.isUpperCase(surname.codePointAt(0))
                    && caseClasses.getOrDefault(surname.toLowerCase(Locale.ROOT), 3) > 1
                    && !LANGUAGES.contains(surname)) {
                add(names, surname, holders.get(0), false);
                add(names, withoutAccents(surname), holders.get(0), false);
            }
        });
    }

    /**
     * The capitalization class of each word of the capitalization lexicon: 0 when the word is written with a capital
     * in less than 10 % of its occurrences inside a sentence in political text, 1 for less than 50 %, 2 for less than
     * 90 %, 3 otherwise.
     */
    private static Map<String, Integer> caseClasses() {
        String resource = "org/geokg/ner/case-lexicon.txt";
        InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new GeoKgException("Classpath must contain '" + resource + "'");
        }
        Map<String, Integer> words = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int space = line.indexOf(' ');
                if (space > 0 && line.startsWith("c", space + 1)) {
                    words.put(line.substring(0, space), line.charAt(space + 2) - '0');
                }
            }
        } catch (IOException e) {
            throw new GeoKgException("cannot read " + resource + ": " + e.getMessage(), e);
        }
        return words;
    }

    /**
     * The name with its diacritics dropped: English news writes "Zurich" and "Dusseldorf", while the GeoNames ASCII
     * names transliterate umlauts ("Zuerich", "Duesseldorf").
     */
    private static String withoutAccents(String name) {
        return name == null ? null
                : java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    /** The plural of a demonym used as a noun ("Ukrainians", "Israelis"); {@code null} for "Swiss", "Chinese". */
    private static String plural(String demonym) {
        if (demonym.isEmpty() || demonym.endsWith("s") || demonym.endsWith("ese") || demonym.endsWith("ch")
                || demonym.endsWith("sh") || demonym.endsWith("x") || demonym.endsWith("z")) {
            return null;
        }
        return demonym + "s";
    }

    private static void spelling(List<Map.Entry<String, GazetteerEntry>> spellings, String name,
                                 GazetteerEntry place) {
        if (name != null) {
            spellings.add(Map.entry(name, place));
        }
    }

    private static void addPlace(Map<String, Hit> names, String name, GazetteerEntry place) {
        if (name != null && name.length() >= 3 && !NOT_PLACE_NAMES.contains(name)) {
            add(names, name, place, false);
        }
    }

    private static void add(Map<String, Hit> names, String name, GazetteerEntry entry, boolean demonym) {
        if (entry == null || name == null || name.isBlank() || !Character.isUpperCase(name.codePointAt(0))
                && !Character.isDigit(name.codePointAt(0)) && !ArabicNames.isArticleName(name)) {
            return;
        }
        if (CalendarWords.isDateWord(name)) {
            return;
        }
        names.putIfAbsent(key(name), new Hit(entry, demonym));
    }

    /** The lookup key of a name: its characters without white space. */
    public static String key(CharSequence name) {
        StringBuilder key = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isWhitespace(c)) {
                key.append(c == '\u2019' ? '\'' : c);
            }
        }
        return key.toString();
    }

    /** The entry whose name (tokens joined without white space) is exactly this key. */
    public Optional<Hit> lookup(String key) {
        return Optional.ofNullable(names.get(key));
    }

    /**
     * Whether a name alone is a state or an organization, or a state's demonym ("Israel", "Hamas", "EU",
     * "Israeli"): such names joined by a hyphen are two ("Israel-Hamas talks").
     */
    public boolean namesStateOrBody(String name) {
        Hit hit = names.get(key(name));
        return hit != null && (hit.entry().type() == EntityType.STATE || hit.entry().type() == EntityType.ORGANIZATION);
    }

    /**
     * Whether the word is a common word written in lower case inside sentences ("officials", "authorities"), by the
     * capitalization lexicon: a capitalized occurrence of it at the start of a sentence is no name.
     */
    public boolean isLowerCaseWord(String word) {
        return caseClasses.getOrDefault(word.toLowerCase(Locale.ROOT), 3) == 0;
    }

    /**
     * Whether the word is written in lower case in at least a tenth of its occurrences inside sentences, by the
     * capitalization lexicon ("finance", "health", "relations"; not "Antônio" or "Dilma").
     */
    public boolean isCommonWord(String word) {
        return isCommonWord(word, caseClasses);
    }

    /** False when no name's key begins with this text, so that a scan that grows a key can stop. */
    public boolean mayBeginKey(String text) {
        return namePrefixes.mayBegin(text);
    }

    /** Length of the longest key, to bound dictionary scans. */
    public int longestKey() {
        return longestName;
    }

    /**
     * All the cities and first-level regions of the tables with this name key, whichever {@link #lookup} gives, when
     * there are two or more ("Victoria" is a city of Hong Kong and of Canada and a state of Australia); else none.
     */
    public List<GazetteerEntry> places(String key) {
        return places.getOrDefault(key, List.of());
    }

    /** Whether a word is a common first name in English-speaking countries ("George", "Paul"). */
    public boolean isGivenName(String word) {
        return givenNames.contains(word);
    }

    /** Whether a word is a language name that is also a surname ("English"): never a person on its own. */
    public static boolean isLanguage(String word) {
        return LANGUAGES.contains(word);
    }

    /** The state with this ISO 3166-1 alpha-2 code. */
    public Optional<GazetteerEntry> state(String iso2) {
        return Optional.ofNullable(statesByCode.get(iso2));
    }

    /** The national capital of the state with this ISO code. */
    public Optional<GazetteerEntry> capitalOf(String iso2) {
        return Optional.ofNullable(capitalsByCountry.get(iso2));
    }
}
