package org.bridgehead.imap.server;

/** The connection states of RFC 3501 3; LOGOUT ends the connection and is not kept. */
public enum SessionState {
    NOT_AUTHENTICATED, AUTHENTICATED, SELECTED
}
