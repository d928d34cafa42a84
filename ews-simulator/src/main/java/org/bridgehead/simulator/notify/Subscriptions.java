package org.bridgehead.simulator.notify;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bridgehead.simulator.store.Account;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.SimulatorStore;

/**
 * The simulator's notification subscriptions, per user: created by Subscribe, read by GetEvents
 * and GetStreamingEvents, ended by Unsubscribe or expiry. Safe for concurrent use.
 */
public final class Subscriptions {
    /** Exchange keeps a streaming subscription this many minutes after its last connection closed. */
    private static final int STREAMING_LIFETIME_MINUTES = 30;

    private final SimulatorStore store;
    private final NotificationSettings settings;
    private final StreamingSlots slots;
    private final SecureRandom random = new SecureRandom();
    /** Guarded by this. */
    private final Map<String, Subscription> byId = new HashMap<>();
    /** Guarded by this; keyed by lower-case address. */
    private final Map<String, MailboxFeed> feeds = new HashMap<>();

    public Subscriptions(SimulatorStore store, NotificationSettings settings) {
        this.store = store;
        this.settings = settings;
        this.slots = new StreamingSlots(settings.maxStreamingConnections(), settings.maxStreamingConnectionsPerUser());
    }

    public NotificationSettings settings() {
        return settings;
    }

    /** A new subscription and the watermark it starts at. */
    public record Subscribed(Subscription subscription, long watermark) {
    }

    /**
     * Subscribes the caller to events of their own mailbox.
     *
     * @param timeoutMinutes pull: minutes without GetEvents before it expires; ignored for streaming
     * @param from           pull: the watermark to start after, or null for now
     */
    public synchronized Subscribed subscribe(Account owner, SubscriptionKind kind, EventFilter filter,
                                             int timeoutMinutes, Long from) throws SubscriptionException {
        sweepExpired();
        long mine = byId.values().stream().filter(s -> s.owner().equalsIgnoreCase(owner.address())).count();
        if (mine >= settings.maxSubscriptionsPerUser()) {
            throw new SubscriptionException("ErrorExceededSubscriptionCount",
                    "You have exceeded the maximum number of subscriptions that are allowed to be active at the same time.");
        }
        Mailbox mailbox = store.mailbox(owner);
        MailboxFeed feed = feeds.get(key(owner.address()));
        boolean newFeed = feed == null;
        if (newFeed) {
            feed = new MailboxFeed(mailbox);
            mailbox.addListener(feed); // before the first subscription reads the feed's watermark: no event slips by
        }
        String id = newId();
        int minutes = kind == SubscriptionKind.PULL ? timeoutMinutes : STREAMING_LIFETIME_MINUTES;
        long idleLimitNanos = TimeUnit.MILLISECONDS.toNanos(minutes * settings.minuteMillis());
        Subscription[] created = new Subscription[1];
        long start;
        try {
            start = feed.add(watermark -> created[0] = new Subscription(id, owner.address(), kind, filter,
                    idleLimitNanos, settings.maxQueuedEvents(), watermark), from);
        } catch (SubscriptionException e) {
            if (newFeed) {
                mailbox.removeListener(feed);
            }
            throw e;
        }
        if (newFeed) {
            feeds.put(key(owner.address()), feed);
        }
        byId.put(id, created[0]);
        return new Subscribed(created[0], start);
    }

    /**
     * The caller's live subscription of the expected kind.
     *
     * @throws SubscriptionException ErrorSubscriptionNotFound, ErrorSubscriptionAccessDenied (another
     *                               user's), ErrorExpiredSubscription or ErrorInvalidSubscription (the
     *                               other kind)
     */
    public synchronized Subscription find(Account caller, String id, SubscriptionKind expected)
            throws SubscriptionException {
        Subscription subscription = owned(caller, id);
        if (subscription.expired(System.nanoTime())) {
            remove(subscription);
            throw new SubscriptionException("ErrorExpiredSubscription", "The subscription has expired.");
        }
        if (subscription.kind() != expected) {
            throw new SubscriptionException("ErrorInvalidSubscription",
                    "The subscription is not a " + expected.name().toLowerCase(Locale.ROOT) + " subscription.");
        }
        return subscription;
    }

    /** Ends one of the caller's subscriptions. */
    public synchronized void unsubscribe(Account caller, String id) throws SubscriptionException {
        remove(owned(caller, id));
    }

    /**
     * Claims a streaming connection slot for the caller.
     *
     * @throws SubscriptionException ErrorExceededConnectionCount when the caller or the server is at its limit
     */
    public void openConnection(Account caller) throws SubscriptionException {
        if (!slots.tryAcquire(caller.address())) {
            throw new SubscriptionException("ErrorExceededConnectionCount",
                    "You have exceeded the available concurrent connections for your account. Try again once your"
                            + " other requests have completed.");
        }
    }

    /** Frees the slot {@link #openConnection} claimed. */
    public void closeConnection(Account caller) {
        slots.release(caller.address());
    }

    /** Number of live subscriptions, all users. */
    public synchronized int size() {
        return byId.size();
    }

    private Subscription owned(Account caller, String id) throws SubscriptionException {
        Subscription subscription = byId.get(id.trim());
        if (subscription == null) {
            throw SubscriptionException.notFound();
        }
        if (!subscription.owner().equalsIgnoreCase(caller.address())) {
            throw new SubscriptionException("ErrorSubscriptionAccessDenied",
                    "A subscription can only be used by the account that created it.");
        }
        return subscription;
    }

    private void sweepExpired() {
        long now = System.nanoTime();
        byId.values().stream().filter(s -> s.expired(now)).toList().forEach(this::remove);
    }

    private void remove(Subscription subscription) {
        byId.remove(subscription.id());
        MailboxFeed feed = feeds.get(key(subscription.owner()));
        if (feed != null) {
            feed.remove(subscription);
            if (feed.isEmpty()) {
                feeds.remove(key(subscription.owner()));
                store.mailbox(subscription.owner()).ifPresent(m -> m.removeListener(feed));
            }
        }
    }

    private String newId() {
        byte[] raw = new byte[24];
        random.nextBytes(raw);
        return Base64.getEncoder().encodeToString(raw);
    }

    private static String key(String address) {
        return address.toLowerCase(Locale.ROOT);
    }
}
