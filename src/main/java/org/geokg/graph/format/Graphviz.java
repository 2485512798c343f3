package org.geokg.graph.format;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.geokg.GeoKgException;
import org.geokg.graph.Network;

/**
 * Draws a network with Graphviz's {@code dot} program (the neato layout), as SVG, PNG or PDF chosen by the output
 * file's extension.
 *
 * <pre>
 * new Graphviz("dot").render(network, Path.of("meetings.svg"));
 * </pre>
 */
public final class Graphviz {
    /** Graphviz's program is not installed (or not where it was said to be). */
    public static final class MissingException extends GeoKgException {
        MissingException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The output formats, by file extension. */
    public static final List<String> FORMATS = List.of("svg", "png", "pdf");

    private final String program;

    /** @param program the {@code dot} command, a name on the PATH or a path */
    public Graphviz(String program) {
        this.program = program;
    }

    /** Writes the drawing; the format is the file's extension. */
    public void render(Network network, Path out) {
        String name = out.getFileName().toString();
        String format = name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
        if (!FORMATS.contains(format)) {
            throw new GeoKgException(out + ": the file must end in ." + String.join(", .", FORMATS));
        }
        StringWriter dot = new StringWriter();
        try {
            new DotWriter().write(network, dot);
        } catch (IOException e) {
            throw new GeoKgException("cannot write DOT: " + e.getMessage(), e);
        }
        Process process;
        try {
            process = new ProcessBuilder(program, "-T" + format, "-o", out.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new MissingException("Graphviz is not installed (no '" + program + "' program): install it "
                    + "(Debian: apt-get install graphviz), or use 'geokg export --format dot' and draw the file "
                    + "elsewhere", e);
        }
        try {
            process.getOutputStream().write(dot.toString().getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();
            String messages = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new GeoKgException(program + " did not finish in 5 minutes");
            }
            if (process.exitValue() != 0) {
                throw new GeoKgException(program + " failed (exit " + process.exitValue() + "): " + messages);
            }
        } catch (IOException e) {
            throw new GeoKgException(program + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GeoKgException(program + " was interrupted", e);
        }
    }
}
