package org.geokg.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The bytes a library writes (query results, exports: all UTF-8) decoded onto a command's output writer, so that
 * commands print through {@code spec.commandLine().getOut()}. Closing it flushes the writer and leaves it open.
 */
final class CommandOutput extends OutputStream {
    private final PrintWriter out;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);
    private boolean closed;

    CommandOutput(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        int from = off;
        int left = len;
        while (left > 0) {
            int n = Math.min(left, bytes.remaining());
            bytes.put(b, from, n);
            from += n;
            left -= n;
            decode(false);
        }
    }

    /** Decodes the whole bytes buffered; an incomplete character at the end waits for its next bytes. */
    private void decode(boolean end) {
        bytes.flip();
        while (decoder.decode(bytes, chars, end).isOverflow()) {
            drain();
        }
        drain();
        bytes.compact();
    }

    private void drain() {
        chars.flip();
        out.append(chars);
        chars.clear();
    }

    @Override
    public void flush() {
        out.flush();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        decode(true);
        while (decoder.flush(chars).isOverflow()) {
            drain();
        }
        drain();
        out.flush();
    }
}
