package org.bridgehead.simulator.notify;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.bridgehead.simulator.store.MailboxEvent;

/**
 * One subscription: its filter and the events its client has not yet acknowledged (pull) or
 * received (streaming). Pull subscriptions expire after their timeout without a GetEvents; streaming
 * ones after their lifetime without an open connection.
 */
public final class Subscription {
    private final String id;
    private final String owner;
    private final SubscriptionKind kind;
    private final EventFilter filter;
    private final long idleLimitNanos;
    private final int maxQueuedEvents;
    private final Deque<MailboxEvent> queue = new ArrayDeque<>();
    private long latestWatermark;
    private boolean missedEvents;
    private long lastActivityNanos = System.nanoTime();
    private Wakeup connection;

    Subscription(String id, String owner, SubscriptionKind kind, EventFilter filter, long idleLimitNanos,
                 int maxQueuedEvents, long watermark) {
        this.id = id;
        this.owner = owner;
        this.kind = kind;
        this.filter = filter;
        this.idleLimitNanos = idleLimitNanos;
        this.maxQueuedEvents = maxQueuedEvents;
        this.latestWatermark = watermark;
    }

    public String id() {
        return id;
    }

    /** The address of the user who subscribed. */
    public String owner() {
        return owner;
    }

    public SubscriptionKind kind() {
        return kind;
    }

    synchronized void offer(MailboxEvent event) {
        latestWatermark = Math.max(latestWatermark, event.watermark());
        if (!filter.matches(event) || missedEvents) {
            return;
        }
        if (queue.size() == maxQueuedEvents) {
            missedEvents = true;
            queue.clear();
        } else {
            queue.addLast(event);
        }
        if (connection != null) {
            connection.signal();
        }
    }

    /** The watermark of the latest mailbox event this subscription saw, reported or not. */
    public synchronized long latestWatermark() {
        return latestWatermark;
    }

    /**
     * For GetEvents: forgets the events up to the acknowledged watermark and returns the oldest ones
     * after it, without removing them until a later poll acknowledges them.
     */
    public synchronized List<MailboxEvent> poll(long acknowledged, int max) throws SubscriptionException {
        lastActivityNanos = System.nanoTime();
        checkMissed();
        while (!queue.isEmpty() && queue.peekFirst().watermark() <= acknowledged) {
            queue.removeFirst();
        }
        return queue.stream().limit(max).toList();
    }

    /** True when more than {@code count} events are waiting after the acknowledged watermark. */
    public synchronized boolean hasMoreThan(int count) {
        return queue.size() > count;
    }

    /**
     * For streaming: takes every waiting event, or none when another connection has taken the
     * subscription over since this one attached it.
     */
    public synchronized List<MailboxEvent> drain(Wakeup owner) throws SubscriptionException {
        if (connection != owner) {
            return List.of();
        }
        checkMissed();
        List<MailboxEvent> events = List.copyOf(queue);
        queue.clear();
        return events;
    }

    /** Routes wake-ups to a streaming connection; a newer connection takes the subscription over. */
    public synchronized void attach(Wakeup wakeup) {
        connection = wakeup;
        lastActivityNanos = System.nanoTime();
        if (!queue.isEmpty()) {
            wakeup.signal();
        }
    }

    /** Ends the connection's claim, if it still holds this subscription; the lifetime counts from now. */
    public synchronized void detach(Wakeup wakeup) {
        if (connection == wakeup) {
            connection = null;
        }
        lastActivityNanos = System.nanoTime();
    }

    synchronized boolean expired(long nowNanos) {
        return connection == null && nowNanos - lastActivityNanos > idleLimitNanos;
    }

    private void checkMissed() throws SubscriptionException {
        if (missedEvents) {
            throw new SubscriptionException("ErrorMissedNotificationEvents",
                    "Events were missed because more than " + maxQueuedEvents + " were waiting.");
        }
    }
}
