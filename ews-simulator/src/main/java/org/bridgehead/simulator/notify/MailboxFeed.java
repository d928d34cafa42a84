package org.bridgehead.simulator.notify;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.MailboxEvent;
import org.bridgehead.simulator.store.MailboxListener;

/**
 * Listens to one mailbox, hands each event to the mailbox's subscriptions and keeps the latest
 * events so a subscription can start from a recent watermark.
 */
final class MailboxFeed implements MailboxListener {
    /** Recent events kept for subscriptions that start from a watermark. */
    static final int HISTORY = 1024;

    private final Deque<MailboxEvent> history = new ArrayDeque<>();
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private long latestWatermark;

    MailboxFeed(Mailbox mailbox) {
        latestWatermark = mailbox.watermark();
    }

    @Override
    public synchronized void onEvent(MailboxEvent event) {
        if (history.size() == HISTORY) {
            history.removeFirst();
        }
        history.addLast(event);
        latestWatermark = Math.max(latestWatermark, event.watermark());
        for (Subscription s : subscriptions) {
            s.offer(event);
        }
    }

    /**
     * Registers a subscription that starts from a watermark (null: from now), replaying the events
     * since that watermark.
     *
     * @return the watermark the subscription starts at
     */
    synchronized long add(SubscriptionFactory factory, Long from) throws SubscriptionException {
        long start = latestWatermark;
        List<MailboxEvent> replay = List.of();
        if (from != null) {
            if (from > latestWatermark) {
                throw SubscriptionException.invalidWatermark();
            }
            long oldestKnown = history.isEmpty() ? latestWatermark + 1 : history.peekFirst().watermark();
            if (from + 1 < oldestKnown && from < latestWatermark) {
                throw SubscriptionException.invalidWatermark();
            }
            replay = history.stream().filter(e -> e.watermark() > from).toList();
            start = from;
        }
        Subscription subscription = factory.create(start);
        replay.forEach(subscription::offer);
        subscriptions.add(subscription);
        return start;
    }

    void remove(Subscription subscription) {
        subscriptions.remove(subscription);
    }

    boolean isEmpty() {
        return subscriptions.isEmpty();
    }

    /** Makes a subscription once its starting watermark is known. */
    @FunctionalInterface
    interface SubscriptionFactory {
        Subscription create(long watermark);
    }
}
