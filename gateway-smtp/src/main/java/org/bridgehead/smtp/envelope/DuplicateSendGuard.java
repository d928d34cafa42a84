package org.bridgehead.smtp.envelope;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Makes sure a message is sent once when a client submits it again: after a lost 250 (its
 * connection broke after DATA) or twice at the same instant (two connections). Only accepted
 * messages are remembered: a retry after a failure really sends. A submission of a message that is
 * being sent right now waits for that send's outcome: 250 with the same queue id if it was accepted,
 * its own attempt if it failed. Shared by all connections; bounded both in time (the window) and in
 * size (the oldest accepted entries go first).
 */
public final class DuplicateSendGuard {

    private record Accepted(String queueId, Instant at) {
    }

    /** What {@link #claim} decided. */
    public sealed interface Claim {
    }

    /** The message was accepted already, under this queue id: answer 250 without sending. */
    public record AlreadyAccepted(String queueId) implements Claim {
    }

    /**
     * The caller sends the message, and must then report {@link #accepted} or {@link #failed}
     * (in a finally block: submissions of the same message wait for it).
     */
    public final class Ticket implements Claim {
        private final SendKey key;
        private final CompletableFuture<Optional<String>> outcome;
        private boolean reported;

        private Ticket(SendKey key, CompletableFuture<Optional<String>> outcome) {
            this.key = key;
            this.outcome = outcome;
        }

        /** The backend accepted the message: remember it, and tell the waiting submissions. */
        public void accepted(String queueId) {
            report(Optional.of(queueId));
        }

        /** The send failed (or was never made); does nothing after {@link #accepted}. */
        public void failed() {
            report(Optional.empty());
        }

        private void report(Optional<String> queueId) {
            if (reported) {
                return;
            }
            reported = true;
            synchronized (DuplicateSendGuard.this) {
                inFlight.remove(key, outcome);
                queueId.ifPresent(id -> remember(key, id));
            }
            outcome.complete(queueId);
        }
    }

    private final Duration window;
    private final int capacity;
    private final Clock clock;
    private final LinkedHashMap<SendKey, Accepted> accepted = new LinkedHashMap<>();
    private final Map<SendKey, CompletableFuture<Optional<String>>> inFlight = new HashMap<>();

    /**
     * @param window how long an accepted message is remembered; zero turns the guard off
     * @param capacity the most accepted messages remembered at once
     */
    public DuplicateSendGuard(Duration window, int capacity, Clock clock) {
        if (window.isNegative() || capacity < 1) {
            throw new IllegalArgumentException("window must not be negative and capacity must be positive");
        }
        this.window = window;
        this.capacity = capacity;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Decides whether the caller sends this message. Blocks while the same message is being sent
     * by another submission, until that one's outcome is known.
     *
     * @throws InterruptedException while waiting; the caller has not sent and must not claim to have
     */
    public Claim claim(SendKey key) throws InterruptedException {
        if (window.isZero()) {
            return new Ticket(key, new CompletableFuture<>());
        }
        while (true) {
            CompletableFuture<Optional<String>> running;
            synchronized (this) {
                forgetExpired();
                Accepted earlier = accepted.get(key);
                if (earlier != null) {
                    return new AlreadyAccepted(earlier.queueId());
                }
                running = inFlight.get(key);
                if (running == null) {
                    CompletableFuture<Optional<String>> mine = new CompletableFuture<>();
                    inFlight.put(key, mine);
                    return new Ticket(key, mine);
                }
            }
            Optional<String> outcome = await(running);
            if (outcome.isPresent()) {
                return new AlreadyAccepted(outcome.get());
            }
            // The other send failed: this submission is a retry and makes its own attempt.
        }
    }

    /** The queue id this message was accepted under within the window, if it was. */
    public synchronized Optional<String> acceptedQueueId(SendKey key) {
        forgetExpired();
        return Optional.ofNullable(accepted.get(key)).map(Accepted::queueId);
    }

    private static Optional<String> await(CompletableFuture<Optional<String>> running) throws InterruptedException {
        try {
            return running.get();
        } catch (ExecutionException impossible) {
            throw new IllegalStateException("an outcome is completed normally only", impossible);
        }
    }

    private void remember(SendKey key, String queueId) {
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
