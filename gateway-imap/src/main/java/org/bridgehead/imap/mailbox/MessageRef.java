package org.bridgehead.imap.mailbox;

import org.bridgehead.exchange.mail.MessageSummary;

/**
 * One message of the selected mailbox as the client currently knows it.
 *
 * @param sequenceNumber its message sequence number, from 1
 * @param summary        UID, flags, size and date as last reported
 * @param vanished       expunged elsewhere, but the client has not yet been told (no EXPUNGE was allowed)
 * @param recent         \Recent in this session
 */
public record MessageRef(int sequenceNumber, MessageSummary summary, boolean vanished, boolean recent) {

    public long uid() {
        return summary.uid();
    }
}
