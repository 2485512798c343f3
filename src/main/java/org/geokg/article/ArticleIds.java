package org.geokg.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Derives stable article ids from record ids, URLs or content. */
public final class ArticleIds {
    private ArticleIds() {
    }

    /**
     * The id of an article: its own id when the source gives one, else {@code url-} and a hash of its URL, else
     * {@code sha-} and a hash of its text.
     */
    public static String of(String givenId, String url, String text) {
        if (givenId != null && !givenId.isBlank()) {
            return givenId.strip();
        }
        if (url != null && !url.isBlank()) {
            return "url-" + sha256(url.strip()).substring(0, 20);
        }
        return "sha-" + sha256(text).substring(0, 20);
    }

    static String sha256(String s) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
