package org.geokg.ner.train;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * A name finder model's bytes made canonical, so that training the same model twice gives the same file: zip entry
 * times and the manifest timestamp are normalized and the manifest's properties sorted.
 */
final class CanonicalModel {
    private static final long ZIP_TIME = 315532800000L + 86400000L; // 1980-01-02, a valid DOS time

    private CanonicalModel() {
    }

    /**
     * Serializes the model with normalized zip entry times and manifest timestamp, so that equal
     * models give equal bytes.
     */
    static byte[] bytes(TokenNameFinderModel model) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        model.serialize(raw);
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.size());
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(raw.toByteArray()));
                  ZipOutputStream zout = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = zin.getNextEntry()) != null) {
                byte[] content = zin.readAllBytes();
                if (e.getName().equals("manifest.properties")) {
                    content = canonicalProperties(content);
                }
                ZipEntry ne = new ZipEntry(e.getName());
                ne.setTime(ZIP_TIME);
                zout.putNextEntry(ne);
                zout.write(content);
                zout.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] canonicalProperties(byte[] content) {
        String[] lines = new String(content, StandardCharsets.ISO_8859_1).split("\r?\n");
        List<String> kept = new ArrayList<>();
        for (String l : lines) {
            if (l.startsWith("#") || l.isBlank()) {
                continue;
            }
            kept.add(l.startsWith("Timestamp=") ? "Timestamp=0" : l);
        }
        kept.sort(null);
        return (String.join("\n", kept) + "\n").getBytes(StandardCharsets.ISO_8859_1);
    }
}
