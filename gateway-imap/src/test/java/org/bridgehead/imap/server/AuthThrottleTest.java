package org.bridgehead.imap.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AuthThrottleTest {

    private final AuthThrottle throttle = new AuthThrottle(Duration.ofMillis(500), Duration.ofSeconds(8));

    @Test
    void delayDoublesWithEachFailureOfTheConnectionUpToTheMaximum() {
        assertEquals(Duration.ofMillis(500), throttle.failed("a", 1));
        assertEquals(Duration.ofSeconds(1), throttle.failed("b", 2));
        assertEquals(Duration.ofSeconds(2), throttle.failed("c", 3));
        assertEquals(Duration.ofSeconds(4), throttle.failed("d", 4));
        assertEquals(Duration.ofSeconds(8), throttle.failed("e", 5));
        assertEquals(Duration.ofSeconds(8), throttle.failed("f", 40));
    }

    @Test
    void delayGrowsPerUserAcrossConnections() {
        assertEquals(Duration.ofMillis(500), throttle.failed("alice", 1));
        assertEquals(Duration.ofSeconds(1), throttle.failed("ALICE", 1));
        assertEquals(Duration.ofSeconds(2), throttle.failed("alice", 1));
        assertEquals(Duration.ofMillis(500), throttle.failed("bob", 1));
    }

    @Test
    void successfulLoginResetsTheUsersCount() {
        throttle.failed("alice", 1);
        throttle.failed("alice", 1);
        throttle.succeeded("alice");
        assertEquals(Duration.ofMillis(500), throttle.failed("alice", 1));
    }
}
