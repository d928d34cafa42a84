package org.bridgehead.config;

/** How the gateway signs its users in to Exchange. */
public enum ExchangeAuth {
    /** The password the client presents goes to Exchange (Basic or NTLM, as Exchange asks). */
    PASSWORD,
    /**
     * OAuth 2.0 (Exchange Online): a token from {@code bridgehead login}, unlocked by the password
     * the client presents.
     */
    OAUTH
}
