package org.bridgehead.simulator.http.ntlm;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.bridgehead.simulator.store.Account;

/**
 * NTLM state per TCP connection, keyed by the client's address and port: the challenge sent to a
 * connection in the middle of a handshake, or the account a finished handshake authenticated.
 * The JDK server does not report closed connections, so entries are forgotten after being idle
 * longer than the server keeps an idle connection open.
 */
final class NtlmConnections {
    private final Map<String, State> states = new ConcurrentHashMap<>();
    private final long idleNanos;
    private final int maxConnections;
    private final LongSupplier clock;

    private record State(byte[] challenge, Account account, long lastUsedNanos) {
    }

    NtlmConnections(Duration idle, int maxConnections, LongSupplier nanoClock) {
        this.idleNanos = idle.toNanos();
        this.maxConnections = maxConnections;
        this.clock = nanoClock;
    }

    /** Records the challenge of a new handshake; false when too many connections are tracked. */
    boolean challenged(String connection, byte[] challenge) {
        long now = clock.getAsLong();
        if (states.size() >= maxConnections) {
            states.values().removeIf(state -> now - state.lastUsedNanos() > idleNanos);
            if (states.size() >= maxConnections && !states.containsKey(connection)) {
                return false;
            }
        }
        states.put(connection, new State(challenge.clone(), null, now));
        return true;
    }

    /** Removes and returns the pending challenge of the connection, if a handshake is under way. */
    Optional<byte[]> takeChallenge(String connection) {
        State state = states.remove(connection);
        if (state == null || state.challenge() == null || expired(state)) {
            return Optional.empty();
        }
        return Optional.of(state.challenge());
    }

    void authenticated(String connection, Account account) {
        states.put(connection, new State(null, account, clock.getAsLong()));
    }

    /** The account the connection authenticated as, refreshing its idle timer. */
    Optional<Account> account(String connection) {
        State state = states.computeIfPresent(connection, (key, current) -> current.account() == null || expired(current)
                ? null
                : new State(null, current.account(), clock.getAsLong()));
        return state == null ? Optional.empty() : Optional.of(state.account());
    }

    private boolean expired(State state) {
        return clock.getAsLong() - state.lastUsedNanos() > idleNanos;
    }
}
