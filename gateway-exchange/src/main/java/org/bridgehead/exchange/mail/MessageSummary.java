package org.bridgehead.exchange.mail;

import java.time.Instant;

/**
 * One message as the folder index knows it, without its content.
 *
 * @param uid          the message's IMAP UID in its folder (Exchange's article number): stable
 *                     across restarts and gateway instances; a moved message gets a new one
 * @param flags        current flags
 * @param size         the size to report as RFC822.SIZE: the exact MIME length once the content
 *                     has been seen, otherwise the server's estimate if the backend is configured
 *                     to use it; never changes once reported for this UID
 * @param internalDate when the message arrived in the mailbox (DateTimeReceived)
 * @param modSeq       a counter that grows whenever this message's flags change (CONDSTORE)
 */
public record MessageSummary(long uid, MessageFlags flags, long size, Instant internalDate, long modSeq) {
}
