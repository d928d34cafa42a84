package org.bridgehead.simulator.soap;

import java.io.IOException;

/**
 * An operation whose response stays open and carries several envelopes (GetStreamingEvents).
 * The SOAP layer calls {@link #stream} instead of {@link #execute}.
 */
public interface StreamingEwsOperation extends EwsOperation {

    /**
     * Sends the response envelopes; returns when the response is complete.
     *
     * @throws SoapFaultException  before the first envelope, for a request malformed as a whole
     * @throws IOException         when the client has gone away
     * @throws InterruptedException when the simulator stops
     */
    void stream(EwsCall call, EnvelopeStream out) throws SoapFaultException, IOException, InterruptedException;
}
