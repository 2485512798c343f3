package org.geokg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlTextTest {
    private static final String NEWS_PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>Foreign ministers hold talks in Vienna - The Daily Example</title>
              <meta property="og:title" content="Foreign ministers hold talks in Vienna">
              <meta property="og:url" content="https://daily.example.com/world/ministers-vienna?utm=feed">
              <meta property="article:published_time" content="2024-05-14T08:15:00+02:00">
              <link rel="canonical" href="https://daily.example.com/world/ministers-vienna">
              <style>body { font-family: serif; }</style>
              <script>window.dataLayer = [];</script>
            </head>
            <body>
              <div id="cookie-banner" class="consent-popup">
                <p>We use cookies to improve your experience.</p><button>Accept all</button>
              </div>
              <header class="site-header">
                <a href="/" class="logo">The Daily Example</a>
                <nav class="main-nav"><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li></ul></nav>
              </header>
              <div class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/world">World</a></div>
              <main>
                <article>
                  <h1>Foreign ministers hold talks in Vienna</h1>
                  <div class="byline">By Jane Roe, <time datetime="2024-05-13">May 13, 2024</time></div>
                  <ul class="share-buttons"><li>Share on X</li><li>Share on Facebook</li></ul>
                  <figure><img src="a.jpg" alt=""><figcaption>The ministers before their talks.</figcaption></figure>
                  <p>The foreign ministers of Austria and Hungary met in Vienna on Monday.</p>
                  <p>They discussed energy and <a href="/topics/transit">gas transit</a>, officials said.</p>
                  <div class="related-articles"><h3>Related</h3><ul><li>Earlier talks collapsed</li></ul></div>
                  <p>Talks will continue next month.</p>
                  <script>trackArticle();</script>
                </article>
              </main>
              <aside class="sidebar"><h2>Most read</h2><p>Something else entirely.</p></aside>
              <div class="newsletter-signup"><p>Subscribe to our newsletter</p><form><input type="email"></form></div>
              <footer id="footer"><p>© 2024 The Daily Example. All rights reserved.</p></footer>
            </body>
            </html>
            """;

    @Test
    void newsPageGivesOnlyTheArticleText() {
        HtmlText page = HtmlText.of(Jsoup.parse(NEWS_PAGE));
        assertEquals("Foreign ministers hold talks in Vienna", page.title());
        assertEquals("2024-05-14T08:15:00+02:00", page.published());
        assertEquals("https://daily.example.com/world/ministers-vienna", page.url());
        List<String> paragraphs = List.of(page.text().split("\n\n"));
        assertEquals(List.of(
                "Foreign ministers hold talks in Vienna",
                "The ministers before their talks.",
                "The foreign ministers of Austria and Hungary met in Vienna on Monday.",
                "They discussed energy and gas transit, officials said.",
                "Talks will continue next month."), paragraphs.stream().filter(p -> !p.startsWith("By ")).toList());
        for (String boilerplate : List.of("cookies", "Accept", "World", "Business", "Home", "Share on",
                "Related", "Earlier talks", "Most read", "Something else", "Subscribe", "rights reserved",
                "trackArticle", "dataLayer", "font-family")) {
            assertFalse(page.text().contains(boilerplate), "boilerplate '" + boilerplate + "' in: " + page.text());
        }
    }

    @Test
    void paragraphsAreSeparatedByOneBlankLineAndTrimmed() {
        HtmlText page = HtmlText.of(Jsoup.parse(
                "<html><body><article><p>  First   paragraph. </p>\n\n<p>Second\nparagraph.</p></article></body></html>"));
        assertEquals("First paragraph.\n\nSecond paragraph.", page.text());
    }

    @Test
    void titleFallsBackToTitleElementThenHeading() {
        assertEquals("Page title", HtmlText.of(Jsoup.parse(
                "<html><head><title> Page title </title></head><body><h1>Heading</h1><p>x</p></body></html>")).title());
        assertEquals("Heading", HtmlText.of(Jsoup.parse(
                "<html><body><h1>Heading</h1><p>x</p></body></html>")).title());
        assertNull(HtmlText.of(Jsoup.parse("<html><body><p>x</p></body></html>")).title());
    }

    @Test
    void dateFallsBackToTimeElementAndUrlToOgUrl() {
        HtmlText page = HtmlText.of(Jsoup.parse("""
                <html><head><meta property="og:url" content="https://e.org/a"></head>
                <body><article><time datetime="2022-11-02">2 Nov</time><p>Text.</p></article></body></html>"""));
        assertEquals("2022-11-02", page.published());
        assertEquals("https://e.org/a", page.url());
        HtmlText bare = HtmlText.of(Jsoup.parse("<p>Text.</p>"));
        assertNull(bare.published());
        assertNull(bare.url());
        assertEquals("Text.", bare.text());
    }

    @Test
    void mainIsUsedWithoutArticleAndBodyWithoutEither() {
        HtmlText main = HtmlText.of(Jsoup.parse(
                "<body><div><p>Outside.</p></div><main><p>Inside main.</p></main></body>"));
        assertEquals("Inside main.", main.text());
        HtmlText body = HtmlText.of(Jsoup.parse("<body><div class='menu'><p>Menu</p></div><p>One.</p><p>Two.</p></body>"));
        assertEquals("One.\n\nTwo.", body.text());
    }

    @Test
    void textOutsideParagraphTagsIsKeptWhenThereAreNone() {
        HtmlText page = HtmlText.of(Jsoup.parse("<body><article><div>Plain text without paragraphs.</div></article></body>"));
        assertEquals("Plain text without paragraphs.", page.text());
    }

    @Test
    void nestedBlocksAreNotRepeated() {
        HtmlText page = HtmlText.of(Jsoup.parse(
                "<body><article><blockquote><p>Quoted one.</p><p>Quoted two.</p></blockquote>"
                        + "<ul><li>Item <b>bold</b></li></ul></article></body>"));
        assertEquals("Quoted one.\n\nQuoted two.\n\nItem bold", page.text());
    }

    @Test
    void inlineMarkupInParagraphsIsKept() {
        HtmlText page = HtmlText.of(Jsoup.parse("<body><article><p>Talks with <a href='/x'>Iran</a> and "
                + "<em>Iraq</em>, <b>officials</b> said.</p><p><a href='/y'>A paragraph that is only a link.</a></p>"
                + "<ul><li>Lead <a href='/z'>item</a>:<p>Nested paragraph.</p></li></ul></article></body>"));
        assertEquals("Talks with Iran and Iraq, officials said.\n\nA paragraph that is only a link.\n\n"
                + "Lead item:\n\nNested paragraph.", page.text());
    }

    @Test
    void classNamesOnlyMatchWholeWords() {
        // "navigator", "shareholders" and "menus-of-the-day" are not boilerplate names.
        HtmlText page = HtmlText.of(Jsoup.parse("""
                <body><article>
                  <p class="navigator">Kept one.</p>
                  <div id="shareholders"><p>Kept two.</p></div>
                  <p class="social-links">Dropped.</p>
                </article></body>"""));
        assertEquals("Kept one.\n\nKept two.", page.text());
    }

    @Test
    void theArticleIsNotRemovedWhenTheBodyHasABoilerplateClass() {
        HtmlText page = HtmlText.of(Jsoup.parse(
                "<body class='has-sidebar'><article><p>The story.</p></article></body>"));
        assertEquals("The story.", page.text());
    }

    @Test
    void theArticleIsKeptWhenItOrItsWrapperHasABoilerplateModifierClass() {
        HtmlText page = HtmlText.of(Jsoup.parse("""
                <body><div class="layout layout--with-sidebar">
                  <article class="story story--share-enabled"><p>The story.</p><p>More story.</p></article>
                  <div class="sidebar"><p>Most read.</p></div>
                </div></body>"""));
        assertEquals("The story.\n\nMore story.", page.text());
    }

    @Test
    void theArticlesOwnHeaderIsKept() {
        HtmlText page = HtmlText.of(Jsoup.parse("""
                <body><header><nav><a href="/">Home</a></nav><p>Site slogan</p></header>
                <article><header><h1>Ministers meet</h1><p class="standfirst">Talks resume after a year.</p></header>
                <p>The ministers met on Monday.</p><footer><p>Tags: diplomacy</p></footer></article></body>"""));
        assertEquals("Ministers meet\n\nTalks resume after a year.\n\nThe ministers met on Monday.", page.text());
    }

    @Test
    void publishedDateInMetaNameDate() {
        HtmlText page = HtmlText.of(Jsoup.parse(
                "<html><head><meta name='date' content='2021-06-01'></head><body><p>x</p></body></html>"));
        assertEquals("2021-06-01", page.published());
        assertTrue(page.text().contains("x"));
    }
}
