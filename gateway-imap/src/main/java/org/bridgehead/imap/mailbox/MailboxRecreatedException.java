package org.bridgehead.imap.mailbox;

/**
 * The selected folder's UIDVALIDITY changed (it was deleted and created again): the client's
 * UIDs are meaningless and the connection must end (RFC 3501 2.3.1.1).
 */
public final class MailboxRecreatedException extends Exception {

    private static final long serialVersionUID = 1L;

    public MailboxRecreatedException(String mailbox) {
        super("Mailbox " + mailbox + " was recreated; please reconnect");
    }
}
