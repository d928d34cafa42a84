package org.bridgehead.exchange.ews;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.bridgehead.exchange.mail.FolderWatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One folder watch (one push subscription) per set of folders for every connection of a user's
 * session, instead of one per connection and SELECT. A watch nobody holds any more stays open for
 * {@link #LINGER}, so that a client that re-selects a folder, or opens a new connection to it, finds
 * it open and pays only the folder's sync; it is closed when a later call finds it lingered longer,
 * or with the session.
 */
final class SharedFolderWatches implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SharedFolderWatches.class);

    static final Duration LINGER = Duration.ofMinutes(2);

    private final Clock clock;
    private final Map<List<String>, Shared> watches = new HashMap<>();
    private boolean closed;

    /** One started watch of a folder set, passing its notices to every holder. */
    private static final class Shared {
        final List<FolderWatch.Listener> listeners = new CopyOnWriteArrayList<>();
        FolderWatch watch;
        Instant unheldSince;
    }

    SharedFolderWatches(Clock clock) {
        this.clock = clock;
    }

    /**
     * A handle on the shared watch of these folders, started if there is none; closing the handle
     * stops its notices and leaves the watch to linger.
     *
     * @param start starts the watch of exactly these folders with the given listener
     */
    FolderWatch hold(List<String> folderIds, FolderWatch.Listener listener,
            Function<FolderWatch.Listener, FolderWatch> start) {
        List<FolderWatch> expired;
        Shared shared;
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the session is closed");
            }
            expired = takeExpired();
            shared = watches.get(folderIds);
            if (shared == null) {
                Shared created = new Shared();
                created.watch = start.apply(folderId -> created.listeners.forEach(l -> l.folderChanged(folderId)));
                shared = created;
                watches.put(List.copyOf(folderIds), shared);
            }
            shared.listeners.add(listener);
            shared.unheldSince = null;
        }
        expired.forEach(FolderWatch::close);
        Shared held = shared;
        return new FolderWatch() {
            private boolean released;

            @Override
            public void close() {
                synchronized (SharedFolderWatches.this) {
                    if (released) {
                        return;
                    }
                    released = true;
                    held.listeners.remove(listener);
                    if (held.listeners.isEmpty()) {
                        held.unheldSince = clock.instant();
                    }
                }
            }
        };
    }

    /** Watches unheld for longer than {@link #LINGER}, taken out of the map (closed by the caller, outside the lock). */
    private List<FolderWatch> takeExpired() {
        List<FolderWatch> expired = new ArrayList<>();
        Instant now = clock.instant();
        Iterator<Shared> all = watches.values().iterator();
        while (all.hasNext()) {
            Shared shared = all.next();
            if (shared.unheldSince != null && Duration.between(shared.unheldSince, now).compareTo(LINGER) > 0) {
                all.remove();
                expired.add(shared.watch);
            }
        }
        return expired;
    }

    /** Ends every watch, held or not: the session is over. */
    @Override
    public void close() {
        List<FolderWatch> all;
        synchronized (this) {
            closed = true;
            all = new ArrayList<>();
            watches.values().forEach(shared -> all.add(shared.watch));
            watches.clear();
        }
        LOG.debug("Closing {} folder watch(es) of the session", all.size());
        all.forEach(FolderWatch::close);
    }
}
