package org.geokg.spark;

import java.io.Serializable;
import java.util.Comparator;

/**
 * One record of the input, not yet parsed: a line of a JSON-lines file or a Parquet row written as JSON.
 *
 * @param file     the file it came from, as a local path for {@code file:} URIs, else the whole URI
 * @param unit     what {@code position} counts: {@code "line at byte"} or {@code "row"}
 * @param position where in the file: the byte offset of the line (in the decompressed stream) or the row number
 * @param json     the record as UTF-8 JSON, exactly as read
 */
record RawArticle(String file, String unit, long position, byte[] json) implements Serializable {
    /** Input order: by file, then position; the first of several records with one article id is kept. */
    static final Comparator<RawArticle> INPUT_ORDER = Comparator.comparing(RawArticle::file)
            .thenComparingLong(RawArticle::position);

    /** The record's name in messages: {@code /in/a.jsonl.gz, line at byte 5120}. */
    String name() {
        return file + ", " + unit + " " + position;
    }
}
