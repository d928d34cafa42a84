package org.bridgehead.exchange.ews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.bridgehead.exchange.AuthenticationFailedException;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.ServerUnavailableException;
import org.bridgehead.exchange.ThrottledException;
import org.junit.jupiter.api.Test;

class EwsCallRunnerTest {

    private static final URI SERVER = URI.create("http://127.0.0.1:1/EWS/Exchange.asmx");

    private final EwsCallRunner runner = new EwsCallRunner(SERVER, 3, Duration.ofMillis(1), Duration.ofSeconds(1));
    private final AtomicInteger attempts = new AtomicInteger();

    private EwsCallRunner.EwsCall<String> failingWith(BackendException failure, int times) {
        return () -> {
            if (attempts.incrementAndGet() <= times) {
                throw failure;
            }
            return "done";
        };
    }

    @Test
    void transientFailuresAreRetriedUntilSuccess() throws Exception {
        String result = runner.run("GetFolder",
                failingWith(new ServerUnavailableException("down", true, null), 3));

        assertEquals("done", result);
        assertEquals(4, attempts.get());
    }

    @Test
    void afterTheConfiguredRetriesTheLastFailureIsThrown() {
        ServerUnavailableException down = new ServerUnavailableException("down", true, null);

        assertSame(down, assertThrows(ServerUnavailableException.class,
                () -> runner.run("GetFolder", failingWith(down, 100))));
        assertEquals(4, attempts.get());
    }

    @Test
    void authenticationFailuresAreNeverRetried() {
        assertThrows(AuthenticationFailedException.class, () -> runner.run("GetFolder",
                failingWith(new AuthenticationFailedException("no", null), 100)));

        assertEquals(1, attempts.get());
    }

    @Test
    void nonTransientFailuresAreNotRetried() {
        assertThrows(ServerUnavailableException.class, () -> runner.run("GetFolder",
                failingWith(new ServerUnavailableException("bad certificate", false, null), 100)));

        assertEquals(1, attempts.get());
    }

    @Test
    void aBackOffLongerThanTheLongestWaitIsReportedNotWaitedOut() {
        ThrottledException busy = new ThrottledException("busy", Duration.ofHours(1), null);

        assertSame(busy, assertThrows(ThrottledException.class,
                () -> runner.run("GetFolder", failingWith(busy, 100))));
        assertEquals(1, attempts.get());
    }

    @Test
    void aShortBackOffIsWaitedOutAndRetried() throws Exception {
        String result = runner.run("GetFolder",
                failingWith(new ThrottledException("busy", Duration.ofMillis(5), null), 2));

        assertEquals("done", result);
        assertEquals(3, attempts.get());
    }

    @Test
    void runOnceRepeatsAFailureThatCertainlyDidNotReachTheServer() throws Exception {
        EwsCallRunner.EwsCall<String> refusedTwice = () -> {
            if (attempts.incrementAndGet() <= 2) {
                throw new java.net.ConnectException("Connection refused");
            }
            return "sent";
        };

        assertEquals("sent", runner.runOnce("CreateItem", refusedTwice));
        assertEquals(3, attempts.get());
    }

    @Test
    void runOnceNeverRepeatsAnAmbiguousFailure() {
        EwsCallRunner.EwsCall<String> timedOut = () -> {
            attempts.incrementAndGet();
            throw new java.net.SocketTimeoutException("Read timed out");
        };

        ServerUnavailableException failure = assertThrows(ServerUnavailableException.class,
                () -> runner.runOnce("CreateItem", timedOut));
        assertEquals(1, attempts.get());
        assertEquals(true, failure.isTransient());
    }
}
