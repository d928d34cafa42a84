package org.bridgehead.simulator.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

import com.sun.net.httpserver.HttpExchange;

/**
 * A response body that is held in memory up to a bound, so a fault raised while writing can still
 * replace it, and streamed (chunked) beyond that bound so large MIME bodies need no large buffer.
 */
final class ResponseBody extends OutputStream {
    private final HttpExchange exchange;
    private final int status;
    private final int bufferLimit;
    private final StatsCounters stats;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private OutputStream streaming;

    /** Bytes are counted in {@code stats} just before they go on the wire. */
    ResponseBody(HttpExchange exchange, int status, int bufferLimit, StatsCounters stats) {
        this.exchange = exchange;
        this.status = status;
        this.bufferLimit = bufferLimit;
        this.stats = stats;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (streaming == null && buffer.size() + len > bufferLimit) {
            exchange.sendResponseHeaders(status, 0); // chunked from here on
            streaming = exchange.getResponseBody();
            stats.bytesOut(buffer.size());
            buffer.writeTo(streaming);
            buffer.reset();
        }
        if (streaming != null) {
            stats.bytesOut(len);
            streaming.write(b, off, len);
        } else {
            buffer.write(b, off, len);
        }
    }

    /** True once headers are sent: the status can no longer change. */
    boolean committed() {
        return streaming != null;
    }

    /** Forgets what was buffered; only before {@link #committed()}. */
    void discard() {
        buffer.reset();
    }

    /** Sends what is buffered (with its exact length) or ends the chunked stream. */
    void finish() throws IOException {
        if (streaming == null) {
            exchange.sendResponseHeaders(status, buffer.size() == 0 ? -1 : buffer.size());
            streaming = exchange.getResponseBody();
            stats.bytesOut(buffer.size());
            buffer.writeTo(streaming);
        }
        streaming.close();
    }
}
