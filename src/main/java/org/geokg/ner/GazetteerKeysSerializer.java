package org.geokg.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Stores {@link GazetteerKeys} in a model zip as UTF-8 text: a header line
 * {@code geokg-gazetteer-keys 1 case-sensitive|ignore-case ENTRIES}, then the entries one per line, sorted, tokens
 * separated by tabs and case-folded when matching ignores case. Equal keys give equal bytes. It never closes the
 * model's stream.
 */
public final class GazetteerKeysSerializer implements ArtifactSerializer<GazetteerKeys> {
    private static final String MAGIC = "geokg-gazetteer-keys";
    private static final String VERSION = "1";
    private static final char SEPARATOR = '\t';

    @Override
    public GazetteerKeys create(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        String[] header = String.valueOf(reader.readLine()).split(" ");
        if (header.length != 4 || !header[0].equals(MAGIC) || !header[1].equals(VERSION)
                || !(header[2].equals("case-sensitive") || header[2].equals("ignore-case"))) {
            throw new InvalidFormatException("not a gazetteer of GeoKG's name model: " + String.join(" ", header));
        }
        int count;
        try {
            count = Integer.parseInt(header[3]);
        } catch (NumberFormatException e) {
            throw new InvalidFormatException("a gazetteer's header has a bad count: " + String.join(" ", header));
        }
        List<String> entries = new ArrayList<>(Math.max(0, count));
        for (int i = 0; i < count; i++) {
            String line = reader.readLine();
            if (line == null) {
                throw new InvalidFormatException("a gazetteer ends after " + i + " of " + count + " entries");
            }
            entries.add(line.replace(SEPARATOR, GazetteerKeys.JOINER));
        }
        try {
            return new GazetteerKeys(header[2].equals("case-sensitive"), entries);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InvalidFormatException("a gazetteer cannot be matched: " + e.getMessage());
        }
    }

    @Override
    public void serialize(GazetteerKeys keys, OutputStream out) throws IOException {
        for (String entry : keys.entries()) {
            if (entry.indexOf(SEPARATOR) >= 0 || entry.indexOf('\n') >= 0 || entry.indexOf('\r') >= 0) {
                throw new InvalidFormatException("a gazetteer entry holds a tab or a line break: " + entry);
            }
        }
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(String.join(" ", MAGIC, VERSION, keys.caseSensitive() ? "case-sensitive" : "ignore-case",
                Integer.toString(keys.size())) + "\n");
        for (String entry : keys.entries()) {
            writer.write(entry.replace(GazetteerKeys.JOINER, SEPARATOR));
            writer.write('\n');
        }
        writer.flush();
    }
}
