package org.geokg.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, which .ci/run installs) driven by
 * Selenium, with WebGL through SwiftShader when the build has it, and the page's own ways of waiting and clicking.
 */
final class PageBrowser implements AutoCloseable {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    final ChromeDriver driver;
    final WebDriverWait wait;

    PageBrowser() {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "this test needs Debian's chromium and chromium-driver: apt-get install chromium chromium-driver "
                        + "(.ci/run does)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--use-angle=swiftshader",
                "--enable-unsafe-swiftshader", "--window-size=1400,900", "--lang=en-US");
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    Object script(String code, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(code, args);
    }

    /** Runs code that ends by calling {@code done(value)}, and returns the value. */
    Object asyncScript(String code, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];" + code, args);
    }

    /** Opens the page and waits until it has drawn the network. */
    void load(String url) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.get(url);
        wait.until(b -> !"loading".equals(b.findElement(By.tagName("body")).getAttribute("data-state")));
        assertTrue("ready".equals(driver.findElement(By.tagName("body")).getAttribute("data-state")),
                driver.findElement(By.id("status")).getText());
    }

    /**
     * Changes a filter's input as a person would (value or checkbox, then the change event) and returns the
     * milliseconds until the browser painted the result.
     */
    double changeFilter(String selector, Object value) {
        return ((Number) asyncScript("const el = document.querySelector(arguments[0]);"
                + "if (el.type === 'checkbox') { el.checked = arguments[1]; } else { el.value = arguments[1]; }"
                + "const begun = performance.now();"
                + "el.dispatchEvent(new Event('change', { bubbles: true }));"
                + "requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - begun)));",
                selector, value)).doubleValue();
    }

    /** The browser's console messages since the last call that name the content security policy. */
    List<String> policyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy")).toList();
    }

    String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    /** Waits for the side panel to finish loading and returns its text. */
    String details() {
        wait.until(b -> "loaded".equals(b.findElement(By.id("details")).getAttribute("data-state")));
        return text("details");
    }

    void click(String css) {
        driver.findElement(By.cssSelector(css)).click();
    }

    /** Clicks the drawing where an element is (its centre, or an edge's midpoint), with the mouse. */
    String clickOn(String selectElement) {
        WebElement graph = driver.findElement(By.id("graph"));
        @SuppressWarnings("unchecked")
        Map<String, Number> point = (Map<String, Number>) script("const e = " + selectElement + ";"
                + "const p = e.isEdge() ? e.renderedMidpoint() : e.renderedPosition();"
                + "const r = document.getElementById('graph').getBoundingClientRect();"
                + "return {x: p.x, y: p.y, w: r.width, h: r.height};");
        script("document.getElementById('details').dataset.state = 'clicked'");
        new Actions(driver).moveToElement(graph, (int) Math.round(point.get("x").doubleValue()
                        - point.get("w").doubleValue() / 2),
                (int) Math.round(point.get("y").doubleValue() - point.get("h").doubleValue() / 2)).click().perform();
        return details();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
