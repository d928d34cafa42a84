package org.bridgehead.simulator;

/** The HTTP authentication scheme the simulator offers on EWS and Autodiscover. */
public enum AuthScheme {
    /** {@code WWW-Authenticate: Basic}; every request carries the credentials. */
    BASIC,
    /** {@code WWW-Authenticate: NTLM} only; the handshake authenticates the TCP connection. */
    NTLM
}
