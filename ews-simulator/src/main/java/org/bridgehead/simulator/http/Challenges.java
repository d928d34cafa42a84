package org.bridgehead.simulator.http;

import java.io.IOException;

import com.sun.net.httpserver.HttpExchange;

/** Answers an unauthenticated request: HTTP 401, the challenge, no body, as IIS does. */
final class Challenges {

    private Challenges() {
    }

    static void send(HttpExchange exchange, AuthOutcome.Challenge challenge, int maxRequestBytes,
                     StatsCounters stats) throws IOException {
        if (challenge.failed()) {
            stats.authFailure();
        }
        try {
            // The connection carries the rest of an NTLM handshake, so leave no body unread on it.
            stats.bytesIn(Exchanges.discardBody(exchange, maxRequestBytes));
        } catch (RequestTooLargeException e) {
            exchange.getResponseHeaders().set("Connection", "close");
        }
        exchange.getResponseHeaders().set("WWW-Authenticate", challenge.wwwAuthenticate());
        Exchanges.sendEmpty(exchange, 401);
    }
}
