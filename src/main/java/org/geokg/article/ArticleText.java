package org.geokg.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of an article file's bytes: UTF-8 (a leading byte-order mark is dropped), or UTF-16 when the file opens
 * with its byte-order mark ({@code FF FE} little-endian, {@code FE FF} big-endian). Decoding is strict: empty,
 * binary (a NUL) and mis-encoded input is refused with the offset of the problem.
 */
final class ArticleText {
    private ArticleText() {
    }

    /** The text of the bytes, else a {@link BadArticleException} naming the source and the problem. */
    static String decode(String source, byte[] bytes) {
        if (bytes.length == 0) {
            throw new BadArticleException(source, "empty file");
        }
        Charset charset = StandardCharsets.UTF_8;
        int start = 0;
        if (opensWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            start = 2;
        } else if (opensWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            start = 2;
        } else {
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    throw new BadArticleException(source, "binary content (NUL byte at offset " + i + "), not text");
                }
            }
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        String text;
        try {
            text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (CharacterCodingException e) {
            String name = charset == StandardCharsets.UTF_8 ? "UTF-8" : "UTF-16 (a lone surrogate or an odd length)";
            throw new BadArticleException(source, "not valid " + name + " (bad byte sequence near byte offset "
                    + buffer.position() + ")");
        }
        int nul = start == 2 ? text.indexOf('\0') : -1; // UTF-8 bytes were checked for NUL above
        if (nul >= 0) {
            throw new BadArticleException(source, "binary content (NUL character at byte offset "
                    + (start + 2 * nul) + "), not text");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new BadArticleException(source, "no text (only white space)");
        }
        return text;
    }

    /** Whether the bytes open with a UTF-16 byte-order mark. */
    static boolean isUtf16(byte[] bytes) {
        return opensWith(bytes, 0xFF, 0xFE) || opensWith(bytes, 0xFE, 0xFF);
    }

    private static boolean opensWith(byte[] bytes, int first, int second) {
        return bytes.length >= 2 && (bytes[0] & 0xFF) == first && (bytes[1] & 0xFF) == second;
    }

    /**
     * The string with each lone surrogate (half of a pair, which no UTF-8 writer can write) replaced by U+FFFD, so
     * what is stored and what is exported agree; the same string when it has none.
     */
    static String wellFormed(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder fixed = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1));
            if (pair) {
                if (fixed != null) {
                    fixed.append(c).append(s.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (fixed == null) {
                    fixed = new StringBuilder(s.length()).append(s, 0, i);
                }
                fixed.append('\uFFFD');
            } else if (fixed != null) {
                fixed.append(c);
            }
        }
        return fixed == null ? s : fixed.toString();
    }
}
