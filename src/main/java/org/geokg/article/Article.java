package org.geokg.article;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One news article as read from its source, before any analysis.
 *
 * @param id        stable key of the article: the record's {@code id}, else derived from its URL, else from a hash
 *                  of its text; the same input always gives the same id
 * @param source    the path or URL the article was read from, as given
 * @param url       the article's URL when known, else {@code null}
 * @param title     the title when known, else {@code null}
 * @param published the publication date when known, else {@code null}
 * @param text      exactly the text that is analysed; character offsets of mentions refer to it
 * @param metadata  other fields of the source record (publisher, licence, ...), in source order
 */
public record Article(String id, String source, String url, String title, LocalDate published, String text,
                      Map<String, String> metadata) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id must not be blank (source " + source + ")");
        }
        metadata = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metadata));
    }
}
