package org.geokg.article;

/** Receives what {@link ArticleReader} reads: articles, and the inputs it had to skip. */
public interface ArticleSink {
    /** Called for every article read. */
    void accept(Article article);

    /** Called for every input that could not be read; the batch goes on. */
    void skip(BadArticleException problem);
}
