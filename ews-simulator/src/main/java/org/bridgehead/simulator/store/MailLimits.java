package org.bridgehead.simulator.store;

/**
 * Size limits of the store.
 *
 * @param maxMessageBytes    largest message accepted for storing or sending
 * @param mailboxQuotaBytes  largest total size of one mailbox's items; {@link Long#MAX_VALUE} for none
 */
public record MailLimits(long maxMessageBytes, long mailboxQuotaBytes) {
    /** 35 MB messages (Exchange Online's send limit), no quota. */
    public static final MailLimits DEFAULT = new MailLimits(35L * 1024 * 1024, Long.MAX_VALUE);

    public MailLimits {
        if (maxMessageBytes <= 0 || mailboxQuotaBytes <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
