package org.bridgehead.simulator.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import com.sun.net.httpserver.HttpExchange;

import org.bridgehead.simulator.soap.EnvelopeStream;
import org.bridgehead.simulator.soap.SoapEnvelopeWriter;
import org.bridgehead.simulator.soap.XmlWriter;

/**
 * A chunked 200 response carrying one SOAP envelope after another, as Exchange streams
 * notifications. Each envelope is built whole, then written and flushed at once, so a client that
 * parses envelope by envelope never waits for the next one to complete the current.
 */
final class ChunkedEnvelopes implements EnvelopeStream {
    private final HttpExchange exchange;
    private final StatsCounters stats;
    private OutputStream body;

    ChunkedEnvelopes(HttpExchange exchange, StatsCounters stats) {
        this.exchange = exchange;
        this.stats = stats;
    }

    @Override
    public void send(Consumer<XmlWriter> content) throws IOException {
        ByteArrayOutputStream envelope = new ByteArrayOutputStream();
        Writer writer = new OutputStreamWriter(envelope, StandardCharsets.UTF_8);
        XmlWriter xml = SoapEnvelopeWriter.startStreamedResponse(writer);
        content.accept(xml);
        SoapEnvelopeWriter.endResponse(xml);
        if (body == null) {
            exchange.sendResponseHeaders(200, 0);
            body = exchange.getResponseBody();
        }
        stats.bytesOut(envelope.size());
        envelope.writeTo(body);
        body.flush();
    }

    /** True once an envelope went out: a fault can no longer replace the response. */
    boolean committed() {
        return body != null;
    }

    /** Ends the chunked response. */
    void finish() throws IOException {
        if (body != null) {
            body.close();
        }
    }
}
