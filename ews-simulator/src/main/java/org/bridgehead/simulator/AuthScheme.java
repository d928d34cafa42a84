package org.bridgehead.simulator;

/** The HTTP authentication scheme the simulator offers on EWS and Autodiscover. */
public enum AuthScheme {
    /** {@code WWW-Authenticate: Basic}; every request carries the credentials. */
    BASIC,
    /** {@code WWW-Authenticate: NTLM} only; the handshake authenticates the TCP connection. */
    NTLM,
    /**
     * {@code WWW-Authenticate: Bearer} only, as Exchange Online: access tokens from the simulator's
     * identity provider ({@code /<tenant>/oauth2/v2.0/...}).
     */
    OAUTH
}
