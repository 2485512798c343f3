package org.geokg.spark;

import java.util.List;
import java.util.Locale;

/** The kinds of input the job reads, each by the endings of its files' names. */
enum InputFormat {
    /** JSON lines, one article object per line, as {@code geokg ingest} reads them; gzipped or not. */
    JSONL(List.of(".jsonl", ".jsonl.gz")),
    /** Parquet, one article per row, with the columns of the JSON objects ({@code text}, {@code id}, ...). */
    PARQUET(List.of(".parquet"));

    private final List<String> endings;

    InputFormat(List<String> endings) {
        this.endings = endings;
    }

    /** Whether a file of this name is of this format. */
    boolean matches(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return endings.stream().anyMatch(name::endsWith);
    }

    /** The endings, for messages. */
    List<String> endings() {
        return endings;
    }
}
