package org.bridgehead.simulator.http.ntlm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.bridgehead.simulator.store.Account;
import org.junit.jupiter.api.Test;

class NtlmConnectionsTest {
    private static final Account ALICE = new Account("alice@example.com", "Alice", "pw");
    private static final byte[] CHALLENGE = {1, 2, 3, 4, 5, 6, 7, 8};

    private final AtomicLong now = new AtomicLong();
    private final NtlmConnections connections = new NtlmConnections(Duration.ofSeconds(10), 2, now::get);

    @Test
    void challengeCanBeAnsweredOnlyOnce() {
        connections.challenged("/127.0.0.1:1000", CHALLENGE);

        assertArrayEquals(CHALLENGE, connections.takeChallenge("/127.0.0.1:1000").orElseThrow());
        assertTrue(connections.takeChallenge("/127.0.0.1:1000").isEmpty());
    }

    @Test
    void authenticationBelongsToItsConnectionOnly() {
        connections.authenticated("/127.0.0.1:1000", ALICE);

        assertEquals(Optional.of(ALICE), connections.account("/127.0.0.1:1000"));
        assertTrue(connections.account("/127.0.0.1:1001").isEmpty());
    }

    @Test
    void idleConnectionIsForgottenButActiveOneIsKept() {
        connections.authenticated("/127.0.0.1:1000", ALICE);
        connections.authenticated("/127.0.0.1:1001", ALICE);

        now.addAndGet(Duration.ofSeconds(8).toNanos());
        assertTrue(connections.account("/127.0.0.1:1000").isPresent(), "use refreshes the idle timer");
        now.addAndGet(Duration.ofSeconds(8).toNanos());

        assertTrue(connections.account("/127.0.0.1:1000").isPresent());
        assertTrue(connections.account("/127.0.0.1:1001").isEmpty());
    }

    @Test
    void refusesNewHandshakesBeyondTheBoundUntilOthersExpire() {
        assertTrue(connections.challenged("/127.0.0.1:1", CHALLENGE));
        assertTrue(connections.challenged("/127.0.0.1:2", CHALLENGE));

        assertFalse(connections.challenged("/127.0.0.1:3", CHALLENGE));
        now.addAndGet(Duration.ofSeconds(11).toNanos());
        assertTrue(connections.challenged("/127.0.0.1:3", CHALLENGE));
    }
}
