package org.geokg.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.geokg.article.Article;

/**
 * Cuts long documents into news-sized articles for benchmarks: at paragraph ends (blank lines), each chunk closed as
 * soon as it holds at least the given number of words. The chunks of a document are articles {@code ID-0},
 * {@code ID-1}, ... with its title, date and metadata; the last chunk holds what is left.
 */
public final class ArticleChunks {
    private ArticleChunks() {
    }

    /** The chunks of the articles, in order, at most {@code limit} of them. */
    public static List<Article> of(List<Article> articles, int words, int limit) {
        List<Article> chunks = new ArrayList<>();
        for (Article article : articles) {
            StringBuilder text = new StringBuilder();
            int counted = 0;
            int part = 0;
            for (String paragraph : article.text().split("\n\n")) {
                if (chunks.size() >= limit) {
                    return chunks;
                }
                text.append(text.isEmpty() ? "" : "\n\n").append(paragraph);
                counted += paragraph.isBlank() ? 0 : paragraph.trim().split("\\s+").length;
                if (counted >= words) {
                    chunks.add(chunk(article, part++, text));
                    text.setLength(0);
                    counted = 0;
                }
            }
            if (counted > 0 && chunks.size() < limit) {
                chunks.add(chunk(article, part, text));
            }
        }
        return chunks;
    }

    private static Article chunk(Article article, int part, CharSequence text) {
        return new Article(article.id() + "-" + part, article.source(), article.url(), article.title(),
                article.published(), text.toString(), article.metadata());
    }
}
