package org.bridgehead.smtp.session;

/** The MDC keys every SMTP log line carries. */
public final class SessionLog {

    /** The connection's id, such as {@code smtp-12}; the key the IMAP server and the log pattern use. */
    public static final String CONNECTION = "conn";
    /** The authenticated user, once there is one. */
    public static final String USER = "user";

    private SessionLog() {
    }
}
