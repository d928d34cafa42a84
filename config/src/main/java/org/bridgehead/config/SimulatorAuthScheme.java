package org.bridgehead.config;

/** The HTTP authentication scheme the EWS simulator offers to clients. */
public enum SimulatorAuthScheme {
    BASIC, NTLM, OAUTH
}
