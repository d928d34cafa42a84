package org.bridgehead.imap.mailbox;

import org.bridgehead.exchange.mail.MessageSummary;

/**
 * One message of the selected mailbox as the client currently knows it.
 *
 * @param sequenceNumber its message sequence number, from 1
 * @param summary        UID, flags, size and date as last reported
 * @param vanished       expunged elsewhere, but the client has not yet been told (no EXPUNGE was allowed)
 */
public record MessageRef(int sequenceNumber, MessageSummary summary, boolean vanished) {

    public long uid() {
        return summary.uid();
    }
}
