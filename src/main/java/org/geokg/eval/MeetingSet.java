package org.geokg.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.geokg.GeoKgException;

/**
 * A named set of annotated articles to score meeting extraction on, as {@code eval-meetings --set} gives it:
 * {@code NAME=DIR[,DIR...][@PART]}. Each folder holds its articles ({@code ID.json}), their gold meetings
 * ({@code meetings.jsonl}), and may hold hard negatives ({@code negatives.tsv}) and a split into parts
 * ({@code split.tsv}, see {@link MeetingSplit}); with {@code @PART} only the articles of that part of each folder's
 * split are in the set.
 *
 * <pre>
 * AnnotatedSet tuning = MeetingSet.parse("tuning=src/test/resources/dev,src/test/resources/train@tuning").load();
 * </pre>
 *
 * @param name    the set's name, the column of the score table
 * @param folders the annotated folders
 * @param part    the part of the split, or {@code null} for every article
 */
public record MeetingSet(String name, List<Path> folders, String part) {
    /** The gold meetings of a folder. */
    public static final String GOLD = "meetings.jsonl";
    /** The hard negatives of a folder. */
    public static final String NEGATIVES = "negatives.tsv";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][\\w.-]*");

    public MeetingSet {
        folders = List.copyOf(folders);
        if (!NAME.matcher(name).matches()) {
            throw new BadSetException("bad set name '" + name + "' (letters, digits, '_', '.' and '-')");
        }
        if (folders.isEmpty()) {
            throw new BadSetException("set " + name + " has no folder");
        }
    }

    /** Reads {@code NAME=DIR[,DIR...][@PART]}. */
    public static MeetingSet parse(String spec) {
        int equals = spec.indexOf('=');
        if (equals < 0) {
            throw new BadSetException("--set " + spec + ": expected NAME=DIR[,DIR...][@PART]");
        }
        String folders = spec.substring(equals + 1);
        String part = null;
        int at = folders.lastIndexOf('@');
        if (at >= 0 && !folders.substring(at + 1).matches(".*[/\\\\,].*")) {
            part = folders.substring(at + 1);
            folders = folders.substring(0, at);
            if (part.isEmpty()) {
                throw new BadSetException("--set " + spec + ": no part after '@'");
            }
        }
        List<Path> paths = new ArrayList<>();
        for (String folder : folders.split(",", -1)) {
            if (folder.isBlank()) {
                throw new BadSetException("--set " + spec + ": an empty folder name");
            }
            paths.add(Path.of(folder.strip()));
        }
        return new MeetingSet(spec.substring(0, equals).strip(), paths, part);
    }

    /** Reads several sets; two sets of one name are an error. */
    public static List<MeetingSet> parseAll(List<String> specs) {
        Map<String, MeetingSet> sets = new LinkedHashMap<>();
        for (String spec : specs) {
            MeetingSet set = parse(spec);
            if (sets.put(set.name(), set) != null) {
                throw new BadSetException("two sets are named " + set.name());
            }
        }
        return List.copyOf(sets.values());
    }

    /**
     * Reads the articles, gold meetings and hard negatives of the set (of its part); a missing folder or file, an
     * unknown part, an article the split does not place or a gold meeting of an article that has no file is a
     * {@link BadSetException} naming the file.
     */
    public AnnotatedSet load() {
        Map<String, Path> articles = new TreeMap<>();
        List<GoldMeeting> gold = new ArrayList<>();
        HardNegatives negatives = HardNegatives.none();
        for (Path folder : folders) {
            Map<String, Path> all = articles(folder);
            Set<String> kept = part == null ? all.keySet() : inPart(folder, all.keySet());
            for (String id : kept) {
                Path other = articles.put(id, all.get(id));
                if (other != null) {
                    throw new BadSetException("set " + name + ": article " + id + " is in " + other.getParent()
                            + " and in " + folder);
                }
            }
            for (GoldMeeting meeting : read(() -> MeetingEvaluator.readGold(folder.resolve(GOLD)))) {
                if (!all.containsKey(meeting.doc())) {
                    throw new BadSetException(folder.resolve(GOLD) + ": article " + meeting.doc() + " has no file "
                            + meeting.doc() + ".json");
                }
                if (kept.contains(meeting.doc())) {
                    gold.add(meeting);
                }
            }
            if (Files.isRegularFile(folder.resolve(NEGATIVES))) {
                negatives = negatives.plus(read(() -> HardNegatives.read(folder.resolve(NEGATIVES)))
                        .restrictedTo(kept));
            }
        }
        return new AnnotatedSet(name, articles, gold, negatives);
    }

    /** The articles of a folder ({@code ID.json}) by id, once the folder is checked. */
    private static Map<String, Path> articles(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new BadSetException(folder + ": no such folder");
        }
        if (!Files.isRegularFile(folder.resolve(GOLD))) {
            throw new BadSetException(folder + ": no " + GOLD + " (a set's folders hold articles and their "
                    + GOLD + ")");
        }
        Map<String, Path> articles = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f))
                    .forEach(f -> articles.put(f.getFileName().toString().replaceFirst("\\.json$", ""), f));
        } catch (IOException e) {
            throw new BadSetException(folder + ": cannot list: " + e.getMessage());
        }
        if (articles.isEmpty()) {
            throw new BadSetException(folder + ": no articles (ID.json)");
        }
        return articles;
    }

    private Set<String> inPart(Path folder, Set<String> ids) {
        Path file = folder.resolve(MeetingSplit.FILE);
        if (!Files.isRegularFile(file)) {
            throw new BadSetException(folder + ": no " + MeetingSplit.FILE + ", so no part '" + part
                    + "' can be chosen");
        }
        MeetingSplit split = read(() -> MeetingSplit.read(file));
        if (!split.partNames().contains(part)) {
            throw new BadSetException(file + " has no part '" + part + "' (its parts: "
                    + String.join(", ", split.partNames()) + ")");
        }
        Set<String> kept = new java.util.TreeSet<>();
        for (String id : ids) {
            String its = split.parts().get(id);
            if (its == null) {
                throw new BadSetException(file + " does not place article " + id);
            }
            if (its.equals(part)) {
                kept.add(id);
            }
        }
        return kept;
    }

    /** Runs a reader, turning its errors into bad-set errors. */
    private static <T> T read(java.util.function.Supplier<T> reader) {
        try {
            return reader.get();
        } catch (BadSetException e) {
            throw e;
        } catch (GeoKgException e) {
            throw new BadSetException(e.getMessage());
        }
    }
}
