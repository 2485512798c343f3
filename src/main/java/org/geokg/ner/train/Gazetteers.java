package org.geokg.ner.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;
import org.geokg.lexicon.Table;
import org.geokg.lexicon.Titles;

/**
 * Builds the name-finder dictionaries (model resources) from the gazetteer TSV files shipped under
 * {@code /org/geokg/gazetteer/}, plus the titles of {@code lexicon/titles.tsv} marked for the model. Entries are
 * tokenized like the training corpus (whitespace, with commas and parentheses split off).
 */
public final class Gazetteers {

    /** Resource key of the country dictionary (names, official and alternative names). */
    public static final String COUNTRY = "gaz-country.dictionary";
    /** Resource key of the first-level administrative division dictionary. */
    public static final String ADMIN1 = "gaz-admin1.dictionary";
    /** Resource key of the city dictionary (names and Latin-script alternative names). */
    public static final String CITY = "gaz-city.dictionary";
    /** Resource key of the nationality adjective (demonym) dictionary. */
    public static final String DEMONYM = "gaz-demonym.dictionary";
    /** Resource key of the organization dictionary (names, acronyms, alternative names). */
    public static final String ORG = "gaz-org.dictionary";
    /** Resource key of the person dictionary (full names and aliases). */
    public static final String PERSON = "gaz-person.dictionary";
    /** Resource key of the person title dictionary (from {@code lexicon/titles.tsv}). */
    public static final String TITLE = "gaz-title.dictionary";

    private static final Pattern CITY_ALT = Pattern.compile("[A-Z][a-z'\u2019]+(?:[ -][A-Z][a-z'\u2019]+)*");


    private Gazetteers() {
    }

    /** Resource key prefix of the capitalization-lexicon dictionaries ({@code case-c0.dictionary} ... c3). */
    public static final String CASE_PREFIX = "case-";
    /** Classpath location of the capitalization lexicon built by {@link CaseLexicon}. */
    public static final String CASE_LEXICON_RESOURCE = "/org/geokg/ner/case-lexicon.txt";

    /** Every resource key this class can build, in a fixed order. */
    public static final List<String> KEYS = List.of(COUNTRY, ADMIN1, CITY, DEMONYM, ORG, PERSON, TITLE,
            "case-c0.dictionary", "case-c1.dictionary", "case-c2.dictionary", "case-c3.dictionary");

    /** All gazetteer dictionaries (not the case lexicon) keyed by resource name; built fresh on every call. */
    public static Map<String, Object> resources() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String k : KEYS) {
            if (!k.startsWith(CASE_PREFIX)) {
                m.put(k, dictionary(k));
            }
        }
        return m;
    }

    /** Builds one dictionary by resource key (see {@link #KEYS}). */
    public static Dictionary dictionary(String key) {
        if (key.startsWith(CASE_PREFIX)) {
            return caseDictionary(key.substring(CASE_PREFIX.length(), key.indexOf('.')));
        }
        Dictionary d = new Dictionary(true);
        switch (key) {
            case COUNTRY -> Table.read("gazetteer/countries.tsv", r -> {
                add(d, r.get("name"));
                add(d, r.get("official_name"));
                addAll(d, r.get("alt_names"));
            });
            case DEMONYM -> Table.read("gazetteer/countries.tsv", r -> {
                for (String x : r.get("demonyms").split("[|,]")) {
                    add(d, x);
                }
            });
            case ADMIN1 -> Table.read("gazetteer/admin1.tsv", r -> {
                add(d, r.get("name"));
                add(d, r.get("ascii_name"));
            });
            case CITY -> Table.read("gazetteer/cities.tsv", r -> {
                add(d, r.get("name"));
                add(d, r.get("ascii_name"));
                for (String a : r.get("alternate_names").split("\\|")) {
                    if (a.length() >= 4 && CITY_ALT.matcher(a).matches()) {
                        add(d, a);
                    }
                }
            });
            case ORG -> Table.read("gazetteer/organizations.tsv", r -> {
                add(d, r.get("name"));
                addAll(d, r.get("acronyms"));
                addAll(d, r.get("alt_names"));
            });
            case PERSON -> Table.read("gazetteer/people.tsv", r -> {
                add(d, r.get("name"));
                addAll(d, r.get("aliases"));
            });
            case TITLE -> Titles.modelFeatures().forEach(t -> add(d, t));
            default -> throw new IllegalArgumentException("Unknown dictionary " + key);
        }
        return d;
    }

    /** Case-insensitive single-word dictionary of the lexicon words whose capitalization class is {@code cls}. */
    private static Dictionary caseDictionary(String cls) {
        Dictionary d = new Dictionary(false);
        try (InputStream in = Gazetteers.class.getResourceAsStream(CASE_LEXICON_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + CASE_LEXICON_RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                int sp = line.indexOf(' ');
                if (sp > 0 && line.startsWith(cls, sp + 1)) {
                    d.put(new StringList(line.substring(0, sp)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return d;
    }

    /** Splits an entry into corpus-style tokens (whitespace; commas, parentheses split off). */
    static String[] tokenize(String s) {
        String t = s.replace("(", " ( ").replace(")", " ) ").replaceAll(",(\\s|$)", " , ").trim();
        return t.isEmpty() ? new String[0] : t.split("\\s+");
    }

    private static void addAll(Dictionary d, String pipeSeparated) {
        if (pipeSeparated == null) {
            return;
        }
        for (String s : pipeSeparated.split("\\|")) {
            add(d, s);
        }
    }

    private static void add(Dictionary d, String s) {
        if (s == null) {
            return;
        }
        String[] toks = tokenize(s.strip());
        if (toks.length > 0 && toks.length <= 8) {
            d.put(new StringList(toks));
        }
    }

}
