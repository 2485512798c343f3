package org.geokg.enrich;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.reflect.TypeToken;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.geokg.GeoKgException;
import org.geokg.query.QueryRunner;

/**
 * Asks a Wikidata-style SPARQL endpoint for the item of an entity by its English label and type ({@code wdt:P31}
 * through {@code wdt:P279*} to the class of the type: human, country, city, organization, administrative region).
 * A link is accepted only when exactly one item answers. Answers, including "none", are cached in a JSON file so
 * that a second run asks nothing again, and requests are spaced to at most {@code requestsPerSecond}.
 *
 * <p>Not thread-safe: one reconciler per run.
 */
public final class OnlineReconciler implements AutoCloseable {
    /** Wikidata classes that an entity of each GeoKG type may be an instance of. */
    private static final Map<String, List<String>> CLASSES = Map.of(
            "Person", List.of("Q5"),
            "State", List.of("Q6256", "Q3624078"),
            "City", List.of("Q515", "Q5119"),
            "Region", List.of("Q10864048"),
            "Organization", List.of("Q43229"));
    private static final String LOOKUP = """
            SELECT DISTINCT ?item WHERE {
              ?item rdfs:label ?label ; wdt:P31/wdt:P279* ?class .
            } LIMIT 3""";
    private static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";

    private final String endpoint;
    private final Path cacheFile;
    private final long minimumGapNanos;
    private final Map<String, String> cache;
    private long lastRequest;
    private int requests;

    /** A reconciler for this endpoint, caching in {@code cacheFile}, at most {@code requestsPerSecond}. */
    public OnlineReconciler(String endpoint, Path cacheFile, double requestsPerSecond) {
        if (requestsPerSecond <= 0) {
            throw new GeoKgException("--rate must be positive: " + requestsPerSecond);
        }
        this.endpoint = endpoint;
        this.cacheFile = cacheFile;
        this.minimumGapNanos = (long) (TimeUnit.SECONDS.toNanos(1) / requestsPerSecond);
        this.cache = readCache(cacheFile);
    }

    /**
     * The cache file when none is given: {@code DIR.link-cache.json} beside a TDB2 store's directory, or
     * {@code link-cache.json} in the working directory for a remote store (a null directory).
     */
    public static Path defaultCache(Path storeDirectory) {
        return storeDirectory == null ? Path.of("link-cache.json")
                : storeDirectory.toAbsolutePath().resolveSibling(storeDirectory.getFileName() + ".link-cache.json");
    }

    /** Whether this GeoKG type can be reconciled. */
    public static boolean reconcilable(String type) {
        return CLASSES.containsKey(type);
    }

    /** The Wikidata id of the one item with this English label and type, if exactly one answers. */
    public Optional<String> lookup(String label, String type) {
        String key = type + "|" + label;
        if (cache.containsKey(key)) {
            return Optional.ofNullable(cache.get(key)).filter(id -> !id.isEmpty());
        }
        List<String> items = ask(label, type);
        String id = items.size() == 1 ? items.get(0) : "";
        cache.put(key, id);
        return Optional.of(id).filter(s -> !s.isEmpty());
    }

    /** Number of requests sent to the endpoint so far. */
    public int requests() {
        return requests;
    }

    private List<String> ask(String label, String type) {
        List<String> items = new ArrayList<>();
        for (String wikidataClass : CLASSES.get(type)) {
            Query query = QueryRunner.bind(QueryRunner.parse(LOOKUP, "online lookup"), Map.of(
                    "label", NodeFactory.createLiteralLang(label, "en"),
                    "class", NodeFactory.createURI(WIKIDATA_ENTITY + wikidataClass)));
            pace();
            try (QueryExecution execution = QueryExecutionHTTP.service(endpoint).query(query)
                    .httpHeader("User-Agent", "GeoKG/0.1 (https://w3id.org/geokg; entity linking)")
                    .timeout(30, TimeUnit.SECONDS).build()) {
                ResultSet results = execution.execSelect();
                while (results.hasNext()) {
                    QuerySolution row = results.next();
                    Node item = row.get("item").asNode();
                    if (item.isURI() && item.getURI().startsWith(WIKIDATA_ENTITY)) {
                        String id = item.getURI().substring(WIKIDATA_ENTITY.length());
                        if (!items.contains(id)) {
                            items.add(id);
                        }
                    }
                }
            } catch (RuntimeException e) {
                throw new GeoKgException(endpoint + ": lookup of \"" + label + "\" failed: "
                        + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
            }
        }
        return items;
    }

    private void pace() {
        long wait = lastRequest + minimumGapNanos - System.nanoTime();
        if (lastRequest != 0 && wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new GeoKgException("interrupted while waiting for " + endpoint, e);
            }
        }
        lastRequest = System.nanoTime();
        requests++;
    }

    private static Map<String, String> readCache(Path file) {
        if (!Files.exists(file)) {
            return new TreeMap<>();
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Map<String, String> read = new Gson().fromJson(reader, new TypeToken<TreeMap<String, String>>() { }
                    .getType());
            return read == null ? new TreeMap<>() : read;
        } catch (IOException | RuntimeException e) {
            throw new GeoKgException(file + ": cannot read the link cache: " + e.getMessage(), e);
        }
    }

    /** Writes the cache (atomically: a crash never leaves half a file). */
    @Override
    public void close() {
        try {
            Path parent = cacheFile.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temporary = Files.createTempFile(parent, ".link-cache", ".json");
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                new GsonBuilder().setPrettyPrinting().serializeNulls().create().toJson(cache, writer);
            }
            Files.move(temporary, cacheFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new GeoKgException(cacheFile + ": cannot write the link cache: " + e.getMessage(), e);
        }
    }
}
