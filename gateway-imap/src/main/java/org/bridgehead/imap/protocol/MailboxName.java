package org.bridgehead.imap.protocol;

/**
 * Mailbox names as clients send them and servers list them: modified UTF-7 on the wire,
 * {@code /} as hierarchy delimiter, and {@code INBOX} case-insensitive (also as the first
 * level of a child, {@code inbox/Sub}).
 */
public final class MailboxName {

    public static final String INBOX = "INBOX";
    public static final char DELIMITER = '/';

    private MailboxName() {
    }

    /** The decoded, INBOX-normalised name for a name read from a command. */
    public static String fromWire(String encoded) throws ImapSyntaxException {
        return normalizeInbox(ModifiedUtf7.decode(encoded));
    }

    /** The wire form of a mailbox name for a response. */
    public static String toWire(String name) {
        return ModifiedUtf7.encode(name);
    }

    /** {@code inbox} becomes {@code INBOX}, {@code Inbox/Sub} becomes {@code INBOX/Sub}; other names are kept. */
    public static String normalizeInbox(String name) {
        if (name.equalsIgnoreCase(INBOX)) {
            return INBOX;
        }
        if (name.length() > INBOX.length() && name.charAt(INBOX.length()) == DELIMITER
                && name.regionMatches(true, 0, INBOX, 0, INBOX.length())) {
            return INBOX + name.substring(INBOX.length());
        }
        return name;
    }

    public static boolean isInbox(String name) {
        return name.equalsIgnoreCase(INBOX);
    }
}
