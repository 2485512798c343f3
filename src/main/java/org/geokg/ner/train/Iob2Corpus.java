package org.geokg.ner.train;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.geokg.GeoKgException;
import org.geokg.lexicon.Table;

/**
 * Reads name corpora written in IOB2 columns, as Universal NER writes them: one token a line in tab-separated columns
 * (index, token, IOB2 tag, then any further columns, such as UNER's two annotator columns, which are ignored), a blank
 * line after each sentence, comment lines starting with {@code #}, and {@code # newdoc} before each document. The
 * tags' entity types are read as corpus types through the table {@code ner/iob2-types.tsv} (PER → person, ORG →
 * organization, LOC → place). An I- tag that continues no name of its type starts one, as conlleval reads it. A
 * malformed line fails with its file and line number.
 *
 * <pre>
 * List&lt;NameSample&gt; samples = Iob2Corpus.standard().read(lines, "en_ewt-uner-dev.iob2.gz");
 * </pre>
 *
 * @param types the corpus type of each entity type of the tags ("PER" → "person")
 */
public record Iob2Corpus(Map<String, String> types) {
    /** The table of the tags' entity types and the corpus types they are read as. */
    public static final String TABLE = "ner/iob2-types.tsv";
    private static final Pattern TAG = Pattern.compile("([BI])-(\\S+)");
    private static final String OUTSIDE = "O";
    /** Index, token and tag; further columns are ignored. */
    private static final int COLUMNS = 3;

    public Iob2Corpus {
        types = Map.copyOf(types);
    }

    /** The reader with the entity types of {@link #TABLE}. */
    public static Iob2Corpus standard() {
        Map<String, String> types = new HashMap<>();
        Table.read(TABLE, row -> types.put(row.get("tag"), row.get("type")));
        return new Iob2Corpus(types);
    }

    /**
     * Whether a file is in IOB2 columns: its name ends in {@code .iob2} or {@code .iob2.gz}, or the first of its lines
     * that is neither blank nor a comment has at least three tab-separated columns, the third an IOB2 tag.
     */
    public static boolean isIob2(Path file, List<String> lines) {
        String name = file.getFileName().toString();
        if (name.endsWith(".iob2") || name.endsWith(".iob2.gz")) {
            return true;
        }
        for (String line : lines) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] cells = line.split("\t", -1);
                return cells.length >= COLUMNS && (cells[2].equals(OUTSIDE) || TAG.matcher(cells[2]).matches());
            }
        }
        return false;
    }

    /**
     * The sentences of a file's lines, in order; the first sentence of the file and the first after each
     * {@code # newdoc} line start a document (they clear the adaptive data).
     *
     * @param name the file, as errors name it
     */
    public List<NameSample> read(List<String> lines, String name) {
        List<NameSample> samples = new ArrayList<>();
        Sentence sentence = new Sentence(true);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                sentence = sentence.finish(samples);
            } else if (line.startsWith("#")) {
                sentence.comment(line);
            } else {
                try {
                    sentence.add(line.split("\t", -1));
                } catch (IllegalArgumentException e) {
                    throw new GeoKgException(name + ":" + (i + 1) + ": " + e.getMessage());
                }
            }
        }
        sentence.finish(samples);
        return samples;
    }

    /** The lines of one sentence as they are read. */
    private final class Sentence {
        private final List<String> tokens = new ArrayList<>();
        private final List<Span> names = new ArrayList<>();
        private boolean newDocument;
        private String id;
        private int nameStart = -1;
        private String nameTag;

        Sentence(boolean newDocument) {
            this.newDocument = newDocument;
        }

        void comment(String line) {
            if (line.startsWith("# newdoc")) {
                newDocument = true;
            } else if (line.startsWith("# sent_id = ")) {
                id = line.substring("# sent_id = ".length()).strip();
            }
        }

        /** Adds a token line's cells; a malformed line is an {@link IllegalArgumentException} saying why. */
        void add(String[] cells) {
            if (cells.length < COLUMNS) {
                throw new IllegalArgumentException("a token line has at least " + COLUMNS + " tab-separated columns "
                        + "(index, token, IOB2 tag), this one has " + cells.length);
            }
            String expected = String.valueOf(tokens.size() + 1);
            if (!cells[0].equals(expected)) {
                throw new IllegalArgumentException("token index '" + cells[0] + "' where " + expected
                        + " was expected (is a blank line missing between sentences?)");
            }
            if (cells[1].isBlank()) {
                throw new IllegalArgumentException("token " + expected + " is empty");
            }
            tag(cells[2], tokens.size());
            tokens.add(cells[1]);
        }

        private void tag(String tag, int token) {
            if (tag.equals(OUTSIDE)) {
                closeName(token);
                return;
            }
            Matcher m = TAG.matcher(tag);
            if (!m.matches()) {
                throw new IllegalArgumentException("bad tag '" + tag + "': IOB2 tags are O, B-TYPE and I-TYPE");
            }
            if (!types.containsKey(m.group(2))) {
                throw new IllegalArgumentException("unknown entity type '" + m.group(2) + "' in tag " + tag
                        + " (known: " + String.join(", ", new TreeSet<>(types.keySet())) + ")");
            }
            if (m.group(1).equals("B") || !m.group(2).equals(nameTag)) {
                closeName(token);
                nameStart = token;
                nameTag = m.group(2);
            }
        }

        private void closeName(int end) {
            if (nameTag != null) {
                names.add(new Span(nameStart, end, types.get(nameTag)));
            }
            nameStart = -1;
            nameTag = null;
        }

        /** Adds the sentence, if it has tokens, to the samples; the next sentence, which starts no document. */
        Sentence finish(List<NameSample> samples) {
            if (tokens.isEmpty()) {
                return this;
            }
            closeName(tokens.size());
            samples.add(new NameSample(id, tokens.toArray(new String[0]), names.toArray(new Span[0]), null,
                    newDocument));
            return new Sentence(false);
        }
    }
}
