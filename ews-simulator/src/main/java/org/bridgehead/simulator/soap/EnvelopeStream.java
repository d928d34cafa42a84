package org.bridgehead.simulator.soap;

import java.io.IOException;
import java.util.function.Consumer;

/** A response that is a series of complete SOAP envelopes, each sent to the client as soon as written. */
public interface EnvelopeStream {

    /**
     * Writes one envelope (ServerVersionInfo header, then the body's single element written by
     * {@code body}) and flushes it to the client.
     *
     * @throws IOException when the client has gone away
     */
    void send(Consumer<XmlWriter> body) throws IOException;
}
