package org.bridgehead.simulator.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpExchange;

/** Small, bounded request reading and response writing on a JDK {@link HttpExchange}. */
final class Exchanges {

    private Exchanges() {
    }

    /** Reads the whole request body, failing once it grows past {@code limit} bytes. */
    static byte[] readBody(HttpExchange exchange, int limit) throws IOException {
        InputStream in = exchange.getRequestBody();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] chunk = new byte[16 * 1024];
        for (int n; (n = in.read(chunk)) > 0; ) {
            if (body.size() > limit - n) {
                throw new RequestTooLargeException(limit);
            }
            body.write(chunk, 0, n);
        }
        return body.toByteArray();
    }

    /**
     * Reads and discards the request body, so the connection stays usable for the next request
     * (the JDK server closes connections with much unread input). Returns the bytes discarded.
     */
    static long discardBody(HttpExchange exchange, int limit) throws IOException {
        InputStream in = exchange.getRequestBody();
        byte[] chunk = new byte[16 * 1024];
        long total = 0;
        for (int n; (n = in.read(chunk)) > 0; ) {
            total += n;
            if (total > limit) {
                throw new RequestTooLargeException(limit);
            }
        }
        return total;
    }

    /** Sends a status with no body at all (Content-Length: 0). */
    static void sendEmpty(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
    }

    /** Sends a complete body. */
    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        if (body.length == 0) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /**
     * Sends a complete body, counted as bytes out before it leaves: a client that has the
     * response never sees counters that lag behind it.
     */
    static void send(HttpExchange exchange, int status, String contentType, byte[] body, StatsCounters stats)
            throws IOException {
        stats.bytesOut(body.length);
        send(exchange, status, contentType, body);
    }

    static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    static void sendText(HttpExchange exchange, int status, String text, StatsCounters stats) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), stats);
    }
}
