package org.bridgehead.exchange;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signed-in sessions, shared by every connection that presents the same user name and secret.
 *
 * <p>A session is only ever handed to callers whose secret has the same digest, so a wrong
 * password never rides on someone else's good session, and a failed sign-in leaves the cached
 * sessions alone. Concurrent {@link #acquire} calls for the same credentials open one session.
 * A session not acquired for the idle timeout is closed; callers should therefore acquire per
 * unit of work (a command, a request) rather than hold a session. When more than
 * {@code maxSessions} are open, the least recently acquired is closed.
 */
public final class SessionCache implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SessionCache.class);

    private final ExchangeBackend backend;
    private final Duration idleTimeout;
    private final int maxSessions;
    private final Clock clock;
    private final Map<Key, Entry> entries = new HashMap<>();

    public SessionCache(ExchangeBackend backend, Duration idleTimeout, int maxSessions, Clock clock) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.idleTimeout = Objects.requireNonNull(idleTimeout, "idleTimeout");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idleTimeout must be positive: " + idleTimeout);
        }
        if (maxSessions < 1) {
            throw new IllegalArgumentException("maxSessions must be positive: " + maxSessions);
        }
        this.maxSessions = maxSessions;
    }

    public SessionCache(ExchangeBackend backend, Duration idleTimeout, int maxSessions) {
        this(backend, idleTimeout, maxSessions, Clock.systemUTC());
    }

    /** The open session for these credentials, opening one if there is none. */
    public ExchangeSession acquire(Credentials credentials) throws BackendException {
        Key key = new Key(credentials.userName(), credentials.digest());
        Entry entry;
        boolean opener = false;
        List<ExchangeSession> toClose;
        synchronized (this) {
            toClose = removeIdle(clock.instant());
            entry = entries.get(key);
            if (entry != null && entry.opened.isDone() && !entry.isUsable()) {
                entries.remove(key);
                entry = null;
            }
            if (entry == null) {
                entry = new Entry();
                entries.put(key, entry);
                opener = true;
            }
            entry.lastAcquired = clock.instant();
        }
        closeAll(toClose);
        return opener ? open(key, entry, credentials) : await(entry);
    }

    /** Closes sessions idle for longer than the idle timeout; acquire does this too. */
    public void closeIdleSessions() {
        List<ExchangeSession> toClose;
        synchronized (this) {
            toClose = removeIdle(clock.instant());
        }
        closeAll(toClose);
    }

    /** Sessions currently cached (opening ones included). */
    public synchronized int size() {
        return entries.size();
    }

    /** Closes every cached session. */
    @Override
    public void close() {
        List<ExchangeSession> toClose = new ArrayList<>();
        synchronized (this) {
            for (Entry entry : entries.values()) {
                entry.openSession().ifPresent(toClose::add);
            }
            entries.clear();
        }
        closeAll(toClose);
    }

    private ExchangeSession open(Key key, Entry entry, Credentials credentials) throws BackendException {
        ExchangeSession session;
        try {
            session = backend.open(credentials);
        } catch (BackendException | RuntimeException e) {
            synchronized (this) {
                entries.remove(key, entry);
            }
            entry.opened.completeExceptionally(e);
            throw e;
        }
        List<ExchangeSession> toClose;
        synchronized (this) {
            toClose = removeBeyondBound(entry);
        }
        entry.opened.complete(session);
        closeAll(toClose);
        LOG.debug("Cached a new session for {}", key.userName());
        return session;
    }

    private static ExchangeSession await(Entry entry) throws BackendException {
        try {
            return entry.opened.join();
        } catch (CompletionException e) {
            // The same credentials failed for the concurrent opener; the same answer applies here.
            if (e.getCause() instanceof BackendException backendException) {
                throw backendException;
            }
            throw e;
        }
    }

    private List<ExchangeSession> removeIdle(Instant now) {
        List<ExchangeSession> removed = new ArrayList<>();
        entries.values().removeIf(entry -> {
            boolean idle = entry.opened.isDone()
                    && Duration.between(entry.lastAcquired, now).compareTo(idleTimeout) > 0;
            if (idle) {
                entry.openSession().ifPresent(removed::add);
            }
            return idle;
        });
        return removed;
    }

    private List<ExchangeSession> removeBeyondBound(Entry keep) {
        List<ExchangeSession> removed = new ArrayList<>();
        while (entries.size() > maxSessions) {
            Map.Entry<Key, Entry> oldest = entries.entrySet().stream()
                    .filter(e -> e.getValue() != keep && e.getValue().opened.isDone())
                    .min(Comparator.comparing(e -> e.getValue().lastAcquired))
                    .orElse(null);
            if (oldest == null) {
                break;
            }
            entries.remove(oldest.getKey());
            oldest.getValue().openSession().ifPresent(removed::add);
        }
        return removed;
    }

    private static void closeAll(List<ExchangeSession> sessions) {
        for (ExchangeSession session : sessions) {
            LOG.debug("Closing cached session of {}", session.userName());
            session.close();
        }
    }

    /** The digest is part of the key but never of its text, which may reach a log. */
    private record Key(String userName, String secretDigest) {
        @Override
        public String toString() {
            return "Key[userName=" + userName + "]";
        }
    }

    private static final class Entry {
        final CompletableFuture<ExchangeSession> opened = new CompletableFuture<>();
        Instant lastAcquired;

        boolean isUsable() {
            return openSession().isPresent();
        }

        Optional<ExchangeSession> openSession() {
            if (!opened.isDone() || opened.isCompletedExceptionally()) {
                return Optional.empty();
            }
            ExchangeSession session = opened.join();
            return session.isOpen() ? Optional.of(session) : Optional.empty();
        }
    }
}
