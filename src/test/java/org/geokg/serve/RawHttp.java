package org.geokg.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests a well-behaved client will not send: a foreign {@code Host}, TRACE, a
 * body of tens of megabytes, chunked or not. The body is written by a thread of its own, so that the server's early
 * answer (413) is read while the client still sends.
 */
record RawHttp(int status, Map<String, String> headers, String body, long millis) {
    /** Sends a request; {@code headers} may replace the Host header; {@code chunked} sends the body in chunks. */
    static RawHttp send(int port, String method, String path, Map<String, String> headers, byte[] body,
                        boolean chunked) throws IOException, InterruptedException {
        long start = System.nanoTime();
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
            Map<String, String> all = new LinkedHashMap<>(Map.of("Host", "localhost:" + port, "Connection", "close"));
            all.putAll(headers);
            if (body.length > 0 || method.equals("POST") || method.equals("PUT")) {
                all.put(chunked ? "Transfer-Encoding" : "Content-Length", chunked ? "chunked"
                        : String.valueOf(body.length));
            }
            all.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            OutputStream out = socket.getOutputStream();
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            Thread writer = new Thread(() -> writeBody(out, body, chunked));
            writer.setDaemon(true);
            writer.start();
            String answer = new String(readAll(socket.getInputStream()), StandardCharsets.UTF_8);
            long millis = (System.nanoTime() - start) / 1_000_000;
            return parse(answer, millis);
        }
    }

    private static void writeBody(OutputStream out, byte[] body, boolean chunked) {
        try {
            for (int at = 0; at < body.length; at += 65_536) {
                int length = Math.min(65_536, body.length - at);
                if (chunked) {
                    out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                }
                out.write(body, at, length);
                if (chunked) {
                    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
            }
            if (chunked) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            out.flush();
        } catch (IOException e) {
            // the server stopped reading: it refused the body
        }
    }

    private static byte[] readAll(InputStream in) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                bytes.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // a reset after the answer: keep what came
        }
        return bytes.toByteArray();
    }

    private static RawHttp parse(String answer, long millis) {
        int end = answer.indexOf("\r\n\r\n");
        if (!answer.startsWith("HTTP/1.1 ") || end < 0) {
            return new RawHttp(-1, Map.of(), answer, millis);
        }
        String[] lines = answer.substring(0, end).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1)
                    .trim());
        }
        return new RawHttp(Integer.parseInt(lines[0].substring(9, 12)), headers, answer.substring(end + 4), millis);
    }
}
