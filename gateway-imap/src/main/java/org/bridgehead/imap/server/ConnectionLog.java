package org.bridgehead.imap.server;

/** The MDC keys every IMAP log line carries (the application's log pattern prints them). */
public final class ConnectionLog {

    /** The connection's id, such as {@code imap-12}. */
    public static final String CONNECTION = "conn";
    /** The user name, once logged in. */
    public static final String USER = "user";

    private ConnectionLog() {
    }
}
