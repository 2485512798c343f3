package org.geokg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.geokg.GeoKgException;

/**
 * Serves the page and its files from the classpath: {@code /} (the page), its script modules and style sheet,
 * {@code /world/countries-110m.json} (the map's outlines) and {@code /cytoscape.min.js} (from the Cytoscape.js
 * WebJar). Nothing is fetched from elsewhere.
 */
final class PageServlet extends HttpServlet {
    private static final String WEB = "org/geokg/serve/web/";
    /** The list of the page's other files, under {@link #WEB}, one a line. */
    private static final String FILES = WEB + "files.txt";
    private static final String WEBJAR_POM = "META-INF/maven/org.webjars.npm/cytoscape/pom.properties";

    private final Map<String, String> files;

    PageServlet() {
        Map<String, String> served = new HashMap<>();
        served.put("/", WEB + "index.html");
        served.put("/index.html", WEB + "index.html");
        pageFiles().forEach(file -> served.put("/" + file, WEB + file));
        served.put("/cytoscape.min.js", "META-INF/resources/webjars/cytoscape/" + cytoscapeVersion()
                + "/dist/cytoscape.min.js");
        files = Map.copyOf(served);
    }

    /** The paths it serves. */
    java.util.Set<String> paths() {
        return files.keySet();
    }

    private static List<String> pageFiles() {
        try (InputStream in = PageServlet.class.getClassLoader().getResourceAsStream(FILES)) {
            if (in == null) {
                throw new GeoKgException("Classpath must contain " + FILES);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new GeoKgException(FILES + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static String cytoscapeVersion() {
        try (InputStream in = PageServlet.class.getClassLoader().getResourceAsStream(WEBJAR_POM)) {
            if (in == null) {
                throw new GeoKgException("Classpath must contain " + WEBJAR_POM + " (the Cytoscape.js WebJar)");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new GeoKgException(WEBJAR_POM + ": cannot read: " + e.getMessage(), e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String resource = files.get(path);
        InputStream in = resource == null ? null : PageServlet.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, path + " is not here; the page is at /");
            return;
        }
        try (in) {
            response.setContentType(contentType(resource));
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Cache-Control", "no-cache");
            in.transferTo(response.getOutputStream());
        }
    }

    private static String contentType(String resource) {
        if (resource.endsWith(".js")) {
            return "text/javascript";
        }
        if (resource.endsWith(".json")) {
            return "application/json";
        }
        return resource.endsWith(".css") ? "text/css" : "text/html";
    }
}
