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
 *
 * <p>A lone surrogate in any of the strings (a JSON {@code "\uD800"} escape gives one) is replaced by U+FFFD, so what
 * is stored and what is exported agree.
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
        id = ArticleText.wellFormed(id);
        source = ArticleText.wellFormed(source);
        url = ArticleText.wellFormed(url);
        title = ArticleText.wellFormed(title);
        text = ArticleText.wellFormed(text);
        Map<String, String> fixed = new java.util.LinkedHashMap<>();
        metadata.forEach((key, value) -> fixed.put(ArticleText.wellFormed(key), ArticleText.wellFormed(value)));
        metadata = java.util.Collections.unmodifiableMap(fixed);
    }
}
