package org.geokg.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * The main text of an HTML page: title, publication date and URL from its metadata, and the paragraphs of its
 * article body with navigation, scripts and other boilerplate removed.
 *
 * <pre>
 * HtmlText page = HtmlText.of(Jsoup.parse(html));
 * String text = page.text();   // paragraphs separated by blank lines
 * </pre>
 *
 * @param title     the page title, or {@code null}
 * @param published the publication date or date-time as the page states it, or {@code null}
 * @param url       the canonical URL, or {@code null}
 * @param text      the paragraphs of the main content, separated by blank lines
 */
public record HtmlText(String title, String published, String url, String text) {
    private static final String BOILERPLATE_TAGS =
            "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, select";
    private static final Pattern BOILERPLATE_NAMES = Pattern.compile(
            "(?i)(^|[-_ ])(nav|navbar|menu|footer|header|sidebar|cookie|consent|share|sharing|social|related|"
                    + "advert|ads|promo|breadcrumbs?|subscribe|newsletter|comments?|skip|banner)($|[-_ ])");
    /** The main content, never removed for its class names ("story--share-enabled", "layout--with-sidebar"). */
    private static final String MAIN_CONTENT = "article, main, [itemprop=articleBody], [role=main]";
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, pre, dt, dd, td";

    /** Extracts the main text of a parsed page. */
    public static HtmlText of(Document page) {
        String title = firstNonBlank(meta(page, "og:title"), page.title(), page.select("h1").text());
        String published = firstNonBlank(meta(page, "article:published_time"), meta(page, "date"),
                page.select("time[datetime]").attr("datetime"));
        String url = firstNonBlank(page.select("link[rel=canonical]").attr("href"), meta(page, "og:url"));
        Element body = page.body() == null ? page : page.body().clone();
        for (Element element : body.select(BOILERPLATE_TAGS)) {
            // An article's own <header> holds its headline and standfirst, not the site's navigation.
            if (!(element.nameIs("header") && element.closest("article") != null)) {
                element.remove();
            }
        }
        for (Element element : new ArrayList<>(body.getAllElements())) {
            if (element != body && element.parent() != null
                    && BOILERPLATE_NAMES.matcher(element.id() + " " + element.className()).find()
                    && element.selectFirst(MAIN_CONTENT) == null) {
                element.remove();
            }
        }
        Element main = firstOf(body, "article", "main", "[itemprop=articleBody]", "[role=main]");
        return new HtmlText(title, published, url, paragraphs(main == null ? body : main));
    }

    private static String paragraphs(Element root) {
        List<String> paragraphs = new ArrayList<>();
        Elements blocks = root.select(BLOCKS);
        for (Element block : blocks) {
            String text = inlineText(block).strip();
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        if (paragraphs.isEmpty()) {
            String text = root.text().strip();
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        return String.join("\n\n", paragraphs);
    }

    /**
     * The text of a block with its inline elements (links, emphasis, ...) but without the blocks nested in it, which
     * are paragraphs of their own. White space is normalized as in {@link Element#text()}.
     */
    private static String inlineText(Element block) {
        if (block.select(BLOCKS).size() == 1) {
            return block.text();
        }
        StringBuilder text = new StringBuilder();
        for (Node child : block.childNodes()) {
            if (child instanceof TextNode node) {
                text.append(node.text());
            } else if (child instanceof Element element && element.select(BLOCKS).isEmpty()) {
                boolean spaced = element.isBlock() || element.nameIs("br");
                text.append(spaced ? " " : "").append(element.text()).append(spaced ? " " : "");
            }
        }
        return text.toString().replaceAll("\\s+", " ");
    }

    private static Element firstOf(Element root, String... queries) {
        for (String query : queries) {
            Element found = root.selectFirst(query);
            if (found != null && !found.text().isBlank()) {
                return found;
            }
        }
        return null;
    }

    private static String meta(Document page, String name) {
        Element element = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return element == null ? null : element.attr("content");
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
