package org.bridgehead.smtp.envelope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DuplicateSendGuardTest {

    private final MutableClock clock = new MutableClock();
    private final SendKey key = SendKey.of("Alice", "<m1@client>", List.of("b@example.com", "c@example.com"));

    @Test
    void acceptedMessageIsRecognizedWithinTheWindowOnly() {
        DuplicateSendGuard guard = new DuplicateSendGuard(Duration.ofMinutes(10), 100, clock);
        guard.rememberAccepted(key, "Q1");

        clock.advance(Duration.ofMinutes(9));
        assertEquals(Optional.of("Q1"), guard.acceptedQueueId(key));

        clock.advance(Duration.ofMinutes(2));
        assertEquals(Optional.empty(), guard.acceptedQueueId(key));
    }

    @Test
    void sameMessageToOtherRecipientsOrFromAnotherUserIsNotADuplicate() {
        DuplicateSendGuard guard = new DuplicateSendGuard(Duration.ofMinutes(10), 100, clock);
        guard.rememberAccepted(key, "Q1");

        assertEquals(Optional.empty(), guard.acceptedQueueId(SendKey.of("alice", "<m1@client>", List.of("b@example.com"))));
        assertEquals(Optional.empty(), guard.acceptedQueueId(SendKey.of("bob", "<m1@client>", List.of("b@example.com", "c@example.com"))));
        assertEquals(Optional.empty(), guard.acceptedQueueId(SendKey.of("alice", "<m2@client>", List.of("b@example.com", "c@example.com"))));
    }

    @Test
    void recipientOrderAndCaseDoNotMatter() {
        assertEquals(key, SendKey.of("alice", "<m1@client>", List.of("C@example.com", "b@example.com")));
        assertNotEquals(key, SendKey.of("alice", "<M1@client>", List.of("b@example.com", "c@example.com")));
    }

    @Test
    void oldestEntriesGoWhenFull() {
        DuplicateSendGuard guard = new DuplicateSendGuard(Duration.ofMinutes(10), 2, clock);
        SendKey second = SendKey.of("alice", "<m2@client>", List.of("b@example.com"));
        SendKey third = SendKey.of("alice", "<m3@client>", List.of("b@example.com"));
        guard.rememberAccepted(key, "Q1");
        guard.rememberAccepted(second, "Q2");
        guard.rememberAccepted(third, "Q3");

        assertEquals(Optional.empty(), guard.acceptedQueueId(key));
        assertEquals(Optional.of("Q2"), guard.acceptedQueueId(second));
        assertEquals(Optional.of("Q3"), guard.acceptedQueueId(third));
    }

    @Test
    void zeroWindowRemembersNothing() {
        DuplicateSendGuard guard = new DuplicateSendGuard(Duration.ZERO, 100, clock);
        guard.rememberAccepted(key, "Q1");

        assertEquals(Optional.empty(), guard.acceptedQueueId(key));
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
