package org.geokg.article;

import org.geokg.GeoKgException;

/** An input that cannot be read as an article; the message names the source and the problem. */
public class BadArticleException extends GeoKgException {
    private final String source;
    private final String problem;

    public BadArticleException(String source, String problem) {
        super(source + ": " + problem);
        this.source = source;
        this.problem = problem;
    }

    /** The file (and line, for JSON lines) that could not be read. */
    public String source() {
        return source;
    }

    /** What is wrong with it, in one line. */
    public String problem() {
        return problem;
    }
}
