package org.bridgehead.simulator.store;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A mailbox's listeners and the events waiting for them. Events are queued under the mailbox's
 * lock, so the queue is in watermark order, and delivered after it is released, so listeners may
 * read the mailbox; one publisher at a time drains the queue, which keeps the order when several
 * threads change the mailbox.
 */
final class MailboxEvents {
    private final Object mailboxLock;
    private final Clock clock;
    private final List<MailboxListener> listeners = new CopyOnWriteArrayList<>();
    private final Object publishLock = new Object();
    /** Guarded by the mailbox lock. */
    private final List<MailboxEvent> pending = new ArrayList<>();
    /** Guarded by the mailbox lock. */
    private long watermark;

    MailboxEvents(Object mailboxLock, Clock clock) {
        this.mailboxLock = mailboxLock;
        this.clock = clock;
    }

    void addListener(MailboxListener listener) {
        listeners.add(listener);
    }

    void removeListener(MailboxListener listener) {
        listeners.remove(listener);
    }

    /** The watermark of the latest event; the caller holds the mailbox lock. */
    long watermark() {
        return watermark;
    }

    /** Queues an event; the caller holds the mailbox lock. */
    void add(MailboxEvent.Type type, long item, long folder, long oldItem, long oldFolder) {
        pending.add(new MailboxEvent(type, item, folder, oldItem, oldFolder, clock.instant(), ++watermark));
    }

    /** Delivers the queued events; the caller does not hold the mailbox lock. */
    void publish() {
        synchronized (publishLock) {
            while (true) {
                List<MailboxEvent> batch;
                synchronized (mailboxLock) {
                    batch = List.copyOf(pending);
                    pending.clear();
                }
                if (batch.isEmpty()) {
                    return;
                }
                for (MailboxEvent e : batch) {
                    for (MailboxListener l : listeners) {
                        l.onEvent(e);
                    }
                }
            }
        }
    }
}
