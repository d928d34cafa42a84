package org.bridgehead.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bridgehead.exchange.mail.MailService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class SessionCacheTest {

    private static final Duration IDLE = Duration.ofMinutes(10);

    private final FakeBackend backend = new FakeBackend("right");
    private final MutableClock clock = new MutableClock();
    private final SessionCache cache = new SessionCache(backend, IDLE, 3, clock);

    @AfterEach
    void closeCache() {
        cache.close();
    }

    @Test
    void sameCredentialsReuseTheOpenSession() throws Exception {
        ExchangeSession first = cache.acquire(new Credentials("alice", "right"));
        ExchangeSession second = cache.acquire(new Credentials("alice", "right"));

        assertSame(first, second);
        assertEquals(1, backend.opens.get());
    }

    @Test
    void aDifferentSecretNeverGetsTheCachedSession() throws Exception {
        FakeBackend anySecret = new FakeBackend(null);
        try (SessionCache lenient = new SessionCache(anySecret, IDLE, 3, clock)) {
            ExchangeSession first = lenient.acquire(new Credentials("alice", "one"));
            ExchangeSession second = lenient.acquire(new Credentials("alice", "two"));

            assertNotSame(first, second);
            assertEquals(2, anySecret.opens.get());
        }
    }

    @Test
    void aFailedSignInLeavesTheGoodSessionCached() throws Exception {
        ExchangeSession good = cache.acquire(new Credentials("alice", "right"));

        assertThrows(AuthenticationFailedException.class, () -> cache.acquire(new Credentials("alice", "wrong")));

        assertTrue(good.isOpen());
        assertSame(good, cache.acquire(new Credentials("alice", "right")));
        assertEquals(1, cache.size());
    }

    @Test
    void idleSessionsAreClosedAndReplaced() throws Exception {
        ExchangeSession first = cache.acquire(new Credentials("alice", "right"));

        clock.advance(IDLE.plusSeconds(1));
        ExchangeSession second = cache.acquire(new Credentials("alice", "right"));

        assertFalse(first.isOpen());
        assertTrue(second.isOpen());
        assertNotSame(first, second);
    }

    @Test
    void acquiringKeepsASessionFromExpiring() throws Exception {
        ExchangeSession first = cache.acquire(new Credentials("alice", "right"));

        clock.advance(IDLE.minusSeconds(1));
        cache.acquire(new Credentials("alice", "right"));
        clock.advance(IDLE.minusSeconds(1));
        cache.closeIdleSessions();

        assertTrue(first.isOpen());
        assertSame(first, cache.acquire(new Credentials("alice", "right")));
    }

    @Test
    void closeIdleSessionsClosesExpiredOnes() throws Exception {
        ExchangeSession session = cache.acquire(new Credentials("alice", "right"));

        clock.advance(IDLE.plusSeconds(1));
        cache.closeIdleSessions();

        assertFalse(session.isOpen());
        assertEquals(0, cache.size());
    }

    @Test
    void beyondTheBoundTheLeastRecentlyUsedSessionIsClosed() throws Exception {
        ExchangeSession alice = cache.acquire(new Credentials("alice", "right"));
        clock.advance(Duration.ofSeconds(1));
        ExchangeSession bob = cache.acquire(new Credentials("bob", "right"));
        clock.advance(Duration.ofSeconds(1));
        cache.acquire(new Credentials("carol", "right"));
        clock.advance(Duration.ofSeconds(1));
        cache.acquire(new Credentials("alice", "right"));
        clock.advance(Duration.ofSeconds(1));

        cache.acquire(new Credentials("dave", "right"));

        assertEquals(3, cache.size());
        assertFalse(bob.isOpen());
        assertTrue(alice.isOpen());
    }

    @Test
    void aClosedSessionIsReplacedOnAcquire() throws Exception {
        ExchangeSession first = cache.acquire(new Credentials("alice", "right"));
        first.close();

        ExchangeSession second = cache.acquire(new Credentials("alice", "right"));

        assertTrue(second.isOpen());
        assertEquals(2, backend.opens.get());
    }

    @Test
    @Timeout(30)
    void concurrentAcquiresForTheSameCredentialsOpenOneSession() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        FakeBackend slow = new FakeBackend("right", release);
        List<Thread> threads = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(8, task -> {
            Thread thread = new Thread(task);
            threads.add(thread);
            return thread;
        });
        try (SessionCache shared = new SessionCache(slow, IDLE, 3, clock)) {
            List<Future<ExchangeSession>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> shared.acquire(new Credentials("alice", "right"))));
            }
            // Release the sign-in only once every thread is blocked, in the sign-in or waiting for it.
            while (threads.size() < 8 || !threads.stream().allMatch(SessionCacheTest::isBlocked)) {
                Thread.onSpinWait();
            }
            release.countDown();

            ExchangeSession first = results.get(0).get(10, TimeUnit.SECONDS);
            for (Future<ExchangeSession> result : results) {
                assertSame(first, result.get(10, TimeUnit.SECONDS));
            }
            assertEquals(1, slow.opens.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean isBlocked(Thread thread) {
        Thread.State state = thread.getState();
        return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
    }

    /** Opens sessions for any user whose secret is {@code goodSecret} (any secret if null). */
    private static final class FakeBackend implements ExchangeBackend {
        final AtomicInteger opens = new AtomicInteger();
        private final String goodSecret;
        private final CountDownLatch release;

        FakeBackend(String goodSecret) {
            this(goodSecret, new CountDownLatch(0));
        }

        FakeBackend(String goodSecret, CountDownLatch release) {
            this.goodSecret = goodSecret;
            this.release = release;
        }

        @Override
        public ExchangeSession open(Credentials credentials) throws BackendException {
            try {
                if (!release.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("test never released the sign-in");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (goodSecret != null && !goodSecret.equals(credentials.secret())) {
                throw new AuthenticationFailedException("rejected", null);
            }
            opens.incrementAndGet();
            return new FakeSession(credentials.userName());
        }

        @Override
        public void close() {
        }
    }

    private static final class FakeSession implements ExchangeSession {
        private final String userName;
        private volatile boolean open = true;

        FakeSession(String userName) {
            this.userName = userName;
        }

        @Override
        public ServerInfo serverInfo() {
            return new ServerInfo("15.1.2507.6", "V2017_07_11");
        }

        @Override
        public String primaryAddress() {
            return userName + "@example.com";
        }

        @Override
        public String userName() {
            return userName;
        }

        @Override
        public List<MailFolder> folderTree() {
            return List.of();
        }

        @Override
        public MailService mail() {
            throw new IllegalStateException("The session cache never uses mail");
        }

        @Override
        public org.bridgehead.exchange.directory.DirectoryService directory() {
            throw new IllegalStateException("The session cache never uses the directory");
        }

        @Override
        public org.bridgehead.exchange.pim.PimService pim() {
            throw new IllegalStateException("The session cache never uses calendars or contacts");
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void close() {
            open = false;
        }
    }

    private static final class MutableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");

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
