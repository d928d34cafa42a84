package org.bridgehead.smtp.envelope;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Remembers recently accepted messages so that a client resending one (its connection broke
 * after DATA, before it read our 250) does not send it twice. Only accepted messages are
 * remembered: a retry after a failure really sends. Shared by all connections; bounded both
 * in time (the window) and in size (the oldest entries go first).
 */
public final class DuplicateSendGuard {

    private record Accepted(String queueId, Instant at) {
    }

    private final Duration window;
    private final int capacity;
    private final Clock clock;
    private final LinkedHashMap<SendKey, Accepted> accepted = new LinkedHashMap<>();

    /**
     * @param window how long an accepted message is remembered; zero turns the guard off
     * @param capacity the most messages remembered at once
     */
    public DuplicateSendGuard(Duration window, int capacity, Clock clock) {
        if (window.isNegative() || capacity < 1) {
            throw new IllegalArgumentException("window must not be negative and capacity must be positive");
        }
        this.window = window;
        this.capacity = capacity;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The queue id this message was accepted under within the window, if it was. */
    public synchronized Optional<String> acceptedQueueId(SendKey key) {
        forgetExpired();
        return Optional.ofNullable(accepted.get(key)).map(Accepted::queueId);
    }

    /** Records that the backend accepted this message. */
    public synchronized void rememberAccepted(SendKey key, String queueId) {
        if (window.isZero()) {
            return;
        }
        forgetExpired();
        accepted.remove(key);
        accepted.put(key, new Accepted(queueId, clock.instant()));
        if (accepted.size() > capacity) {
            Iterator<SendKey> oldest = accepted.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
    }

    private void forgetExpired() {
        Instant limit = clock.instant().minus(window);
        Iterator<Map.Entry<SendKey, Accepted>> entries = accepted.entrySet().iterator();
        // Insertion order is acceptance order, so the expired entries are at the front.
        while (entries.hasNext() && !entries.next().getValue().at().isAfter(limit)) {
            entries.remove();
        }
    }
}
