package org.geokg;

import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The JSON manifest GeoKG writes beside every model it trains ({@code ner-en.bin} → {@code ner-en.manifest.json}):
 * where it goes, how it is written, and the hash of the bytes it describes. Used by the trainers of the name finder,
 * the parser and the meeting models alike.
 */
public final class Manifests {
    private Manifests() {
    }

    /** The manifest of a model file, in the same folder: its name without {@code .bin}, then {@code .manifest.json}. */
    public static Path beside(Path model) {
        String name = model.getFileName().toString();
        String base = name.endsWith(".bin") ? name.substring(0, name.length() - 4) : name;
        return model.resolveSibling(base + ".manifest.json");
    }

    /**
     * The fields a manifest opens with, in order, for a model written at this moment: its file name, size and
     * SHA-256, the time and the Java version. Callers add their own fields after them.
     */
    public static Map<String, Object> header(Path model, byte[] bytes) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", model.getFileName().toString());
        m.put("modelBytes", bytes.length);
        m.put("modelSha256", sha256(bytes));
        m.put("trainedAt", Instant.now().toString());
        m.put("javaVersion", System.getProperty("java.version"));
        return m;
    }

    /** Writes the fields, in their order, as pretty-printed JSON beside the model; returns the manifest's path. */
    public static Path write(Path model, Map<String, Object> fields) throws IOException {
        Path manifest = beside(model);
        try (Writer w = Files.newBufferedWriter(manifest, StandardCharsets.UTF_8)) {
            new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(fields, w);
            w.write('\n');
        }
        return manifest;
    }

    /** The SHA-256 of some bytes in hexadecimal, or "" for none. */
    public static String sha256(byte[] bytes) {
        if (bytes == null) {
            return "";
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
