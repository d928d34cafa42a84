package org.bridgehead.simulator.http;

import java.io.IOException;

/** A request body longer than the configured bound. */
final class RequestTooLargeException extends IOException {

    RequestTooLargeException(int limit) {
        super("request body exceeds " + limit + " bytes");
    }
}
