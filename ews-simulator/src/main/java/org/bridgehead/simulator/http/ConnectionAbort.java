package org.bridgehead.simulator.http;

import java.io.IOException;

/**
 * Thrown out of a handler to make the JDK server close the TCP connection without completing
 * the response, so the client sees EOF or a reset rather than a well-formed reply.
 */
public final class ConnectionAbort extends IOException {

    public ConnectionAbort(String reason) {
        super(reason);
    }
}
