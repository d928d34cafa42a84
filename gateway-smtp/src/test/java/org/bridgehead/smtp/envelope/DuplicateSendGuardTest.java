package org.bridgehead.smtp.envelope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DuplicateSendGuardTest {

    private final MutableClock clock = new MutableClock();
    private final SendKey key = SendKey.of("Alice", "<m1@client>", List.of("b@example.com", "c@example.com"));

    @Test
    void acceptedMessageIsRecognizedWithinTheWindowOnly() throws InterruptedException {
        DuplicateSendGuard guard = new DuplicateSendGuard(Duration.ofMinutes(10), 100, clock);
        accept(guard, key, "Q1");

        clock.advance(Duration.ofMinutes(9));
        assertEquals(Optional.of("Q1"), guard.acceptedQueueId(key));

        clock.advance(Duration.ofMinutes(2));
        assertEquals(Optional.empty(), guard.acceptedQueueId(key));
    }

    @Test
    void sameMessageToOtherRecipientsOrFromAnotherUserIsNotADuplicate() throws InterruptedException {
        DuplicateSendGuard guard = new DuplicateSendGuard(Duration.ofMinutes(10), 100, clock);
        accept(guard, key, "Q1");

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
    void oldestEntriesGoWhenFull() throws InterruptedException {
        DuplicateSendGuard guard = new DuplicateSendGuard(Duration.ofMinutes(10), 2, clock);
        SendKey second = SendKey.of("alice", "<m2@client>", List.of("b@example.com"));
        SendKey third = SendKey.of("alice", "<m3@client>", List.of("b@example.com"));
        accept(guard, key, "Q1");
        accept(guard, second, "Q2");
        accept(guard, third, "Q3");

        assertEquals(Optional.empty(), guard.acceptedQueueId(key));
        assertEquals(Optional.of("Q2"), guard.acceptedQueueId(second));
        assertEquals(Optional.of("Q3"), guard.acceptedQueueId(third));
    }

    @Test
    void zeroWindowRemembersNothing() throws InterruptedException {
        DuplicateSendGuard guard = new DuplicateSendGuard(Duration.ZERO, 100, clock);
        accept(guard, key, "Q1");

        assertEquals(Optional.empty(), guard.acceptedQueueId(key));
    }

    @Test
    void secondClaimWhileTheFirstIsSendingWaitsAndGetsItsQueueId() throws Exception {
        DuplicateSendGuard guard = new DuplicateSendGuard(Duration.ofMinutes(10), 100, clock);
        DuplicateSendGuard.Ticket first = (DuplicateSendGuard.Ticket) guard.claim(key);
        CompletableFuture<DuplicateSendGuard.Claim> second = CompletableFuture.supplyAsync(() -> claim(guard));

        Thread.sleep(100);
        assertFalse(second.isDone(), "the second submission waits for the first's outcome");
        first.accepted("Q1");

        assertEquals(new DuplicateSendGuard.AlreadyAccepted("Q1"), second.get(5, TimeUnit.SECONDS));
    }

    @Test
    void secondClaimSendsItselfWhenTheFirstFails() throws Exception {
        DuplicateSendGuard guard = new DuplicateSendGuard(Duration.ofMinutes(10), 100, clock);
        DuplicateSendGuard.Ticket first = (DuplicateSendGuard.Ticket) guard.claim(key);
        CompletableFuture<DuplicateSendGuard.Claim> second = CompletableFuture.supplyAsync(() -> claim(guard));

        Thread.sleep(100);
        first.failed();

        assertInstanceOf(DuplicateSendGuard.Ticket.class, second.get(5, TimeUnit.SECONDS));
        assertEquals(Optional.empty(), guard.acceptedQueueId(key), "a failed send is not remembered");
    }

    @Test
    void failedAfterAcceptedChangesNothing() throws InterruptedException {
        DuplicateSendGuard guard = new DuplicateSendGuard(Duration.ofMinutes(10), 100, clock);
        DuplicateSendGuard.Ticket ticket = (DuplicateSendGuard.Ticket) guard.claim(key);
        ticket.accepted("Q1");
        ticket.failed();

        assertEquals(Optional.of("Q1"), guard.acceptedQueueId(key));
    }

    private static DuplicateSendGuard.Claim claim(DuplicateSendGuard guard) {
        try {
            return guard.claim(SendKey.of("alice", "<m1@client>", List.of("b@example.com", "c@example.com")));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void accept(DuplicateSendGuard guard, SendKey key, String queueId) throws InterruptedException {
        DuplicateSendGuard.Claim claim = guard.claim(key);
        if (claim instanceof DuplicateSendGuard.Ticket ticket) {
            ticket.accepted(queueId);
        }
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
