package org.bridgehead.smtp.protocol;

/** Replies shared by several commands; each command's own replies stay with the command. */
public final class SmtpReplies {

    public static final SmtpReply OK = SmtpReply.of(250, "2.0.0", "OK");
    public static final SmtpReply UNKNOWN_COMMAND = SmtpReply.of(500, "5.5.2", "Command not recognized");
    public static final SmtpReply LINE_TOO_LONG = SmtpReply.of(500, "5.5.6", "Line too long");
    public static final SmtpReply AUTHENTICATION_REQUIRED = SmtpReply.of(530, "5.7.0", "Authentication required");
    /** RFC 3207 4: AUTH before TLS on a listener that requires it. */
    public static final SmtpReply TLS_FIRST = SmtpReply.of(530, "5.7.0", "Must issue a STARTTLS command first");
    public static final SmtpReply MESSAGE_TOO_LARGE = SmtpReply.of(552, "5.3.4", "Message size exceeds fixed limit");
    public static final SmtpReply NO_PARAMETERS_ALLOWED = syntaxError("No parameters allowed");

    private SmtpReplies() {
    }

    /** A command out of order, such as RCPT before MAIL. */
    public static SmtpReply badSequence(String text) {
        return SmtpReply.of(503, "5.5.1", text);
    }

    /** A command whose arguments do not parse. */
    public static SmtpReply syntaxError(String text) {
        return SmtpReply.of(501, "5.5.4", text);
    }
}
