package org.bridgehead.imap.protocol;

import java.util.Optional;

/**
 * A command the client sent does not follow the IMAP grammar. The server answers
 * {@code TAG BAD reason}, or {@code * BAD reason} when no tag could be read. The reader has
 * already resynchronised with the client when this is thrown, so the next command can be read.
 */
public final class ImapSyntaxException extends Exception {

    private static final long serialVersionUID = 1L;
    /** Reasons can echo client input; keep the reply line short and single-line. */
    private static final int MAX_REASON_LENGTH = 200;

    private final String tag;

    public ImapSyntaxException(String reason) {
        this(reason, null);
    }

    private ImapSyntaxException(String reason, String tag) {
        super(sanitize(reason));
        this.tag = tag;
    }

    /** The tag of the rejected command, if it was read before the error. */
    public Optional<String> tag() {
        return Optional.ofNullable(tag);
    }

    /** Human-readable reason, safe to put on a response line. */
    public String reason() {
        return getMessage();
    }

    /** The same error attributed to the command with this tag (null keeps it untagged). */
    public ImapSyntaxException withTag(String commandTag) {
        ImapSyntaxException tagged = new ImapSyntaxException(getMessage(), commandTag);
        tagged.setStackTrace(getStackTrace());
        return tagged;
    }

    private static String sanitize(String reason) {
        StringBuilder clean = new StringBuilder(Math.min(reason.length(), MAX_REASON_LENGTH));
        for (int i = 0; i < reason.length() && clean.length() < MAX_REASON_LENGTH; i++) {
            char c = reason.charAt(i);
            clean.append(c < 0x20 || c == 0x7f ? ' ' : c);
        }
        return clean.toString();
    }
}
