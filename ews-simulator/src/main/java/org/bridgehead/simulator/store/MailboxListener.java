package org.bridgehead.simulator.store;

/**
 * Receives a mailbox's events, in watermark order, on a thread that changed the mailbox, after the
 * mailbox's lock is released. Must return quickly and not throw.
 */
@FunctionalInterface
public interface MailboxListener {
    void onEvent(MailboxEvent event);
}
