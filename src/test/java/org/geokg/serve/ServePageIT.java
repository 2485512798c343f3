package org.geokg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.geokg.store.ExampleStore;
import org.geokg.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page of {@code geokg serve} in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, which
 * .ci/run installs; the test fails without them): it loads on a store built from {@code examples/}, shows the three
 * leaders, and real clicks on the drawing list the meetings. The screenshot is saved as
 * {@code target/serve-page.png}.
 */
class ServePageIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path dir;

    private static TdbStore store;
    private static KgServer server;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void openThePage() {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "this test needs Debian's chromium and chromium-driver: apt-get install chromium chromium-driver "
                        + "(.ci/run does)");
        store = TdbStore.open(ExampleStore.create(dir.resolve("store")));
        Graph links = GraphFactory.createGraphMem();
        links.add(NodeFactory.createURI("https://w3id.org/geokg/id/person/vladimir-putin"), OWL.sameAs.asNode(),
                NodeFactory.createURI("http://www.wikidata.org/entity/Q7747"));
        store.replaceGraphs(Map.of(NodeFactory.createURI("https://example.org/links"), links));
        server = KgServer.start(store.dataset(), new ServerSettings(0, true, false, Duration.ofSeconds(30), 10000));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,800", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    private static Object script(String code, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(code, args);
    }

    private static void load() {
        browser.get(server.pageUrl());
        wait.until(b -> "ready".equals(b.findElement(By.tagName("body")).getAttribute("data-state")));
    }

    /** Clicks the drawing where an element is (its centre, or an edge's midpoint), with the mouse. */
    private static String clickOn(String selectElement) {
        WebElement graph = browser.findElement(By.id("graph"));
        @SuppressWarnings("unchecked")
        Map<String, Number> point = (Map<String, Number>) script("const e = " + selectElement + ";"
                + "const p = e.isEdge() ? e.renderedMidpoint() : e.renderedPosition();"
                + "const r = document.getElementById('graph').getBoundingClientRect();"
                + "return {x: p.x, y: p.y, w: r.width, h: r.height};");
        new Actions(browser).moveToElement(graph, (int) Math.round(point.get("x").doubleValue()
                        - point.get("w").doubleValue() / 2),
                (int) Math.round(point.get("y").doubleValue() - point.get("h").doubleValue() / 2)).click().perform();
        wait.until(b -> "loaded".equals(b.findElement(By.id("details")).getAttribute("data-state")));
        return browser.findElement(By.id("details")).getText();
    }

    private static String pair(String a, String b) {
        return "geokg.cy.edges().filter(e => [e.source().data('label'), e.target().data('label')].sort().join() === '"
                + a + "," + b + "')[0]";
    }

    @Test
    void thePageShowsTheLeadersAndAClickShowsThePutinXiMeetings() throws IOException {
        load();
        assertEquals(List.of("Mikhail Mishustin", "Russia", "Vladimir Putin", "Xi Jinping"),
                script("return geokg.cy.nodes().map(n => n.data('label')).sort()"));
        assertEquals(3L, script("return geokg.cy.edges().length"));
        assertEquals("4 agents, 3 pairs that met", browser.findElement(By.id("status")).getText());
        assertEquals(List.of(1L, 1L, 2L, 4L), script("return geokg.cy.nodes().map(n => n.data('meetings')).sort()"));
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) script(
                "return performance.getEntriesByType('resource').map(e => e.name)");
        assertTrue(loaded.stream().anyMatch(url -> url.endsWith("/cytoscape.min.js")), loaded.toString());
        assertTrue(loaded.stream().allMatch(url -> url.startsWith(server.pageUrl())), "all from the server: " + loaded);
        String details = clickOn(pair("Vladimir Putin", "Xi Jinping"));
        assertTrue(details.startsWith("Vladimir Putin – Xi Jinping\n2 meetings"), details);
        assertTrue(details.contains("2023-03-20 · Talks · Moscow") && details.contains("2023-03-21"), details);
        assertTrue(details.contains("hosts Chinese leader Xi Jinping for a second day of talks Tuesday"), details);
        List<WebElement> links = browser.findElements(By.cssSelector("#details a"));
        assertTrue(!links.isEmpty() && links.get(0).getAttribute("href").startsWith("http"), details);
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.createDirectories(Path.of("target"));
        Files.copy(shot, Path.of("target/serve-page.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void clickingANodeListsItsMeetingsAndItsWikidataId() {
        load();
        String details = clickOn("geokg.cy.nodes().filter(n => n.data('label') === 'Mikhail Mishustin')[0]");
        assertTrue(details.startsWith("Mikhail Mishustin\n1 meeting · Wikidata Q4298520\n"), details);
        assertTrue(details.contains("with Xi Jinping") && details.contains("2023-03-21"), details);
        String putin = clickOn("geokg.cy.nodes().filter(n => n.data('label') === 'Vladimir Putin')[0]");
        assertTrue(putin.startsWith("Vladimir Putin\n2 meetings · Wikidata Q7747\n"), putin);
        assertEquals("https://www.wikidata.org/wiki/Q7747",
                browser.findElement(By.linkText("Q7747")).getAttribute("href"));
    }

    @Test
    void searchAndDateRangeChangeTheDrawing() {
        load();
        browser.findElement(By.id("search")).sendKeys("putin");
        assertEquals(List.of("Vladimir Putin"), script("return geokg.cy.nodes('.match').map(n => n.data('label'))"));
        assertEquals(List.of("Mikhail Mishustin", "Russia"),
                script("return geokg.cy.nodes('.faded').map(n => n.data('label')).sort()"), "not neighbours of Putin");
        script("const since = document.getElementById('since'); since.value = '2023-03-21';"
                + "since.dispatchEvent(new Event('change'));");
        assertEquals(1L, script("return " + pair("Vladimir Putin", "Xi Jinping") + ".data('meetings')"),
                "only the second day of talks");
        script("const until = document.getElementById('until'); until.value = '2023-03-20';"
                + "until.dispatchEvent(new Event('change'));");
        assertEquals(0L, script("return geokg.cy.nodes().length"), "an empty range");
    }
}
