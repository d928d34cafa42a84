package org.bridgehead.exchange.ews;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.PropertySet;
import microsoft.exchange.webservices.data.core.enumeration.notification.EventType;
import microsoft.exchange.webservices.data.core.enumeration.property.BasePropertySet;
import microsoft.exchange.webservices.data.core.enumeration.service.SyncFolderItemsScope;
import microsoft.exchange.webservices.data.notification.ItemEvent;
import microsoft.exchange.webservices.data.notification.NotificationEvent;
import microsoft.exchange.webservices.data.notification.NotificationEventArgs;
import microsoft.exchange.webservices.data.notification.StreamingSubscription;
import microsoft.exchange.webservices.data.notification.StreamingSubscriptionConnection;
import microsoft.exchange.webservices.data.notification.SubscriptionErrorEventArgs;
import microsoft.exchange.webservices.data.property.complex.FolderId;
import microsoft.exchange.webservices.data.sync.ChangeCollection;
import microsoft.exchange.webservices.data.sync.ItemChange;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.mail.FolderWatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches folders for changes: EWS streaming notifications (Subscribe, then GetStreamingEvents
 * held open by ews-java-api's connection, subscribed and opened again when the server ends it),
 * or, if the server offers no streaming, SyncFolderItems every {@link #POLL_INTERVAL} per folder
 * from the index's own sync state.
 *
 * <p>Each subscription runs on an EWS service object with connections of its own, so a held-open
 * request never blocks the session, and closing that service is how a streaming request is ended
 * at once (ews-java-api's own close reads the response to its end, minutes away). A replaced or
 * closed subscription is then unsubscribed in the background, so that a client that starts and ends
 * watches often (IMAP IDLE between commands) does not run into the server's subscription limit.
 */
final class FolderWatcher implements FolderWatch {

    private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);

    static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    /** Minutes a streaming request stays open before the server ends it (Exchange allows 1-30). */
    private static final int CONNECTION_LIFETIME_MINUTES = 10;
    /** A streaming connection that ends sooner than this after opening counts as failing at once. */
    private static final Duration SHORT_LIVED = Duration.ofSeconds(10);
    /** After this many short-lived connections in a row, streaming is given up for polling. */
    private static final int MAX_SHORT_LIVED = 3;
    private static final EventType[] EVENTS = {EventType.NewMail, EventType.Created, EventType.Deleted,
        EventType.Modified, EventType.Moved, EventType.Copied};

    private final MailContext context;
    private final Supplier<? extends ExchangeService> services;
    private final EwsCallRunner runner;
    private final List<String> folderIds;
    private final Listener listener;
    private final OwnMoves ownMoves;
    private final Object lock = new Object();
    private volatile boolean closed;
    private ExchangeService service;
    private StreamingSubscriptionConnection connection;
    private String subscriptionId;
    private Thread poller;
    private Instant openedAt = Instant.MIN;
    private int shortLived;

    /**
     * @param services a new service object of the user per call; each is closed by this watch
     */
    FolderWatcher(MailContext context, Supplier<? extends ExchangeService> services, List<String> folderIds,
            OwnMoves ownMoves, Listener listener) {
        this.ownMoves = ownMoves;
        this.context = context;
        this.services = services;
        this.runner = context.runner();
        this.folderIds = List.copyOf(folderIds);
        this.listener = listener;
    }

    /** Starts streaming, or polling if the server cannot stream. */
    void start() {
        try {
            openStreaming();
        } catch (BackendException e) {
            LOG.info("Streaming notifications are unavailable ({}); polling {} folder(s) instead", e.getMessage(),
                    folderIds.size());
            startPolling();
        }
    }

    private void openStreaming() throws BackendException {
        ExchangeService streaming = replaceService();
        if (streaming == null) {
            return;
        }
        List<FolderId> ids = folderIds.stream().map(MailContext::folderId).toList();
        StreamingSubscription subscription = runner.run("Subscribe",
                () -> streaming.subscribeToStreamingNotifications(ids, EVENTS));
        synchronized (lock) {
            if (closed || service != streaming) {
                unsubscribeInBackground(subscription.getId());
                return;
            }
            subscriptionId = subscription.getId();
        }
        StreamingSubscriptionConnection opened = runner.run("GetStreamingEvents", () -> {
            StreamingSubscriptionConnection c = new StreamingSubscriptionConnection(streaming,
                    CONNECTION_LIFETIME_MINUTES);
            c.addSubscription(subscription);
            c.addOnNotificationEvent(this::onEvents);
            c.addOnDisconnect(this::onDisconnect);
            c.addOnSubscriptionError(this::onSubscriptionError);
            c.open();
            return c;
        });
        synchronized (lock) {
            if (closed || service != streaming) {
                return; // closed meanwhile: closing the service ended the request
            }
            connection = opened;
            openedAt = context.clock().instant();
        }
        if (!isOpen(opened)) {
            // It ended before it was recorded as this watch's connection, so its end went unheard.
            reopenInBackground();
        }
    }

    /**
     * Closes the current service object (ending its requests), drops its subscription and makes a
     * new service object; null once the watch is closed.
     */
    private ExchangeService replaceService() {
        ExchangeService old;
        ExchangeService fresh;
        String oldSubscription;
        synchronized (lock) {
            if (closed) {
                return null;
            }
            old = service;
            oldSubscription = subscriptionId;
            fresh = services.get();
            service = fresh;
            connection = null;
            subscriptionId = null;
        }
        if (old != null) {
            old.close();
        }
        if (oldSubscription != null) {
            unsubscribeInBackground(oldSubscription);
        }
        return fresh;
    }

    /** Best effort, on a service object of its own: the server would drop it on expiry anyway. */
    private void unsubscribeInBackground(String id) {
        Thread unsubscribe = new Thread(() -> {
            ExchangeService once = services.get();
            try {
                runner.run("Unsubscribe", () -> {
                    once.unsubscribe(id);
                    return null;
                });
            } catch (BackendException e) {
                LOG.debug("Unsubscribing failed: {}", e.getMessage());
            } finally {
                once.close();
            }
        }, "bridgehead-watch-unsubscribe");
        unsubscribe.setDaemon(true);
        unsubscribe.start();
    }

    private static boolean isOpen(StreamingSubscriptionConnection c) {
        try {
            return c.getIsOpen();
        } catch (Exception e) {
            return false;
        }
    }

    private void onEvents(Object sender, NotificationEventArgs args) {
        Set<String> changed = new LinkedHashSet<>();
        for (NotificationEvent event : args.getEvents()) {
            Set<String> folders = new LinkedHashSet<>();
            addIfWatched(folders, event.getParentFolderId());
            addIfWatched(folders, event.getOldParentFolderId());
            if (!folders.isEmpty() && !isEchoOfOwnMove(event, folders)) {
                changed.addAll(folders);
            }
        }
        changed.forEach(this::notifyListener);
    }

    /** This session's own move, already in both indexes: passed on only if that move turns out to have failed. */
    private boolean isEchoOfOwnMove(NotificationEvent event, Set<String> folders) {
        if (event.getEventType() != EventType.Moved || !(event instanceof ItemEvent item)
                || item.getOldItemId() == null) {
            return false;
        }
        return ownMoves.isEcho(item.getOldItemId().getUniqueId(), () -> folders.forEach(this::notifyListener));
    }

    private void addIfWatched(Set<String> changed, FolderId folder) {
        if (folder != null && folderIds.contains(folder.getUniqueId())) {
            changed.add(folder.getUniqueId());
        }
    }

    /** The server ends a streaming request after its lifetime or on a network failure: reopen. */
    private void onDisconnect(Object sender, SubscriptionErrorEventArgs args) {
        synchronized (lock) {
            // A connection this watch already replaced or closed reports its end too: ignore it.
            if (closed || sender != connection) {
                return;
            }
            connection = null;
        }
        reopenInBackground();
    }

    private void onSubscriptionError(Object sender, SubscriptionErrorEventArgs args) {
        LOG.info("Streaming subscription failed ({}); subscribing again",
                args.getException() == null ? "no detail" : args.getException().getMessage());
        onDisconnect(sender, args);
    }

    /** Not on ews-java-api's thread, which reports the old connection's end. */
    private void reopenInBackground() {
        Thread reopen = new Thread(this::reopen, "bridgehead-watch-reopen");
        reopen.setDaemon(true);
        reopen.start();
    }

    private void reopen() {
        boolean giveUp;
        synchronized (lock) {
            boolean quick = Duration.between(openedAt, context.clock().instant()).compareTo(SHORT_LIVED) < 0;
            shortLived = quick ? shortLived + 1 : 0;
            giveUp = shortLived >= MAX_SHORT_LIVED;
        }
        if (giveUp) {
            LOG.info("Streaming connections keep failing at once; polling {} folder(s) instead", folderIds.size());
            startPolling();
            return;
        }
        try {
            openStreaming();
            // Changes between the old connection's end and the new subscription would be missed.
            folderIds.forEach(this::notifyListener);
        } catch (BackendException e) {
            LOG.info("Could not subscribe again ({}); polling instead", e.getMessage());
            startPolling();
        }
    }

    private void startPolling() {
        ExchangeService polling = replaceService();
        synchronized (lock) {
            if (closed || poller != null || polling == null) {
                return;
            }
            poller = new Thread(() -> poll(polling), "bridgehead-watch-poll");
            poller.setDaemon(true);
            poller.start();
        }
    }

    private void poll(ExchangeService polling) {
        Map<String, String> states = new HashMap<>();
        for (String folderId : folderIds) {
            try {
                context.store().folder(folderId).syncState().ifPresent(state -> states.put(folderId, state));
            } catch (BackendException e) {
                LOG.debug("No stored sync state for folder {}: {}", folderId, e.getMessage());
            }
        }
        while (!closed) {
            for (String folderId : folderIds) {
                try {
                    if (pollFolder(polling, folderId, states)) {
                        notifyListener(folderId);
                    }
                } catch (BackendException e) {
                    LOG.debug("Polling folder {} failed: {}", folderId, e.getMessage());
                }
            }
            try {
                Thread.sleep(POLL_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** True if the folder changed since the last poll; a first poll without a state only learns one. */
    private boolean pollFolder(ExchangeService polling, String folderId, Map<String, String> states)
            throws BackendException {
        boolean baseline = !states.containsKey(folderId);
        boolean changed = false;
        PropertySet idOnly = new PropertySet(BasePropertySet.IdOnly);
        while (!closed) {
            String state = states.get(folderId);
            ChangeCollection<ItemChange> changes = runner.run("SyncFolderItems", () -> polling.syncFolderItems(
                    MailContext.folderId(folderId), idOnly, null, FolderSynchronizer.PAGE_SIZE,
                    SyncFolderItemsScope.NormalItems, state));
            states.put(folderId, changes.getSyncState());
            changed |= changes.getCount() > 0;
            if (!changes.getMoreChangesAvailable()) {
                break;
            }
        }
        return changed && !baseline;
    }

    private void notifyListener(String folderId) {
        if (closed) {
            return;
        }
        try {
            listener.folderChanged(folderId);
        } catch (RuntimeException e) {
            LOG.warn("A folder change listener failed: {}", e.getMessage(), e);
        }
    }

    /** Ends the watch at once: closing its service object cuts the held-open request. */
    @Override
    public void close() {
        ExchangeService current;
        String subscription;
        Thread polling;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            current = service;
            subscription = subscriptionId;
            service = null;
            connection = null;
            subscriptionId = null;
            polling = poller;
        }
        if (polling != null) {
            polling.interrupt();
        }
        if (current != null) {
            current.close();
        }
        if (subscription != null) {
            unsubscribeInBackground(subscription);
        }
    }
}
