package org.bridgehead.simulator.http;

import com.sun.net.httpserver.HttpExchange;

/** Decides who sent a request, from its Authorization header or its connection. */
public interface HttpAuthenticator {

    AuthOutcome authenticate(HttpExchange exchange);
}
