package org.bridgehead.net.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.LoggerFactory;

/**
 * What the protocol fuzzers share: hostile connections, each from its own seed, for a bounded time,
 * and the checks that the server came through whole (no thread died, nothing was logged as an error,
 * no connection thread is left busy, the heap stayed within a bound). {@code -Dbridgehead.fuzz.seed=N}
 * replays a run, {@code -Dbridgehead.fuzz.seconds=N} sets its length (default 8). Open it before the
 * server starts and close it after the server is gone.
 */
public final class FuzzRun implements AutoCloseable {

    /** One connection of a run: its number and its own random source; returns the bytes it sent. */
    @FunctionalInterface
    public interface Connection {
        long run(int number, Random random) throws IOException;
    }

    /** How much the run did. */
    public record Totals(int connections, long bytes) {
    }

    private static final long SEED = Long.getLong("bridgehead.fuzz.seed", System.nanoTime());
    private static final Duration LENGTH = Duration.ofSeconds(Integer.getInteger("bridgehead.fuzz.seconds", 8));
    private static final long HEAP_GROWTH_BOUND = 128L * 1024 * 1024;

    private final String protocol;
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final List<Throwable> uncaught = new ArrayList<>();
    private final Logger logger;
    private final Level levelBefore;
    private final Thread.UncaughtExceptionHandler handlerBefore;
    private long heapBefore;

    /**
     * Starts watching the server's log (at WARN: thousands of connections) and every thread's death.
     *
     * @param protocol   for the report, e.g. "IMAP"
     * @param loggerName the server's logger hierarchy
     */
    public FuzzRun(String protocol, String loggerName) {
        this.protocol = protocol;
        this.logger = (Logger) LoggerFactory.getLogger(loggerName);
        this.levelBefore = logger.getLevel();
        logger.setLevel(Level.WARN);
        logged.start();
        logger.addAppender(logged);
        handlerBefore = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
            synchronized (uncaught) {
                uncaught.add(failure);
            }
        });
    }

    /** The seed of a connection number, as the report gives it. */
    public static long seedOf(int connection) {
        return SEED + connection;
    }

    /** Runs connections one after another until the time is up; a failing one names its seed. */
    public Totals run(Connection connection) {
        System.out.println(protocol + " fuzz: seed " + SEED + " for " + LENGTH.toSeconds() + " s"
                + " (replay with -Dbridgehead.fuzz.seed=" + SEED + ")");
        heapBefore = usedHeapAfterGc();
        long deadline = System.nanoTime() + LENGTH.toNanos();
        int number = 0;
        long bytes = 0;
        while (System.nanoTime() < deadline) {
            long seed = seedOf(number);
            try {
                bytes += connection.run(number, new Random(seed));
            } catch (AssertionError | IOException failure) {
                throw new AssertionError("connection " + number + " (seed " + seed + ") failed: "
                        + failure.getMessage(), failure);
            }
            number++;
        }
        return new Totals(number, bytes);
    }

    /**
     * After every client has left: no connection thread (named with the prefix) still busy, no thread
     * dead, no error logged, the heap within its bound.
     */
    public void assertServerWhole(String connectionThreadPrefix) throws InterruptedException {
        awaitNoBusyThreads(connectionThreadPrefix);
        synchronized (uncaught) {
            assertEquals(List.of(), uncaught, "no thread died");
        }
        List<String> errors = logged.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
                .map(ILoggingEvent::getFormattedMessage).toList();
        assertEquals(List.of(), errors, "nothing failed unexpectedly");
        long growth = usedHeapAfterGc() - heapBefore;
        assertTrue(growth < HEAP_GROWTH_BOUND, "heap grew by " + growth + " bytes");
    }

    @Override
    public void close() {
        logger.detachAppender(logged);
        logger.setLevel(levelBefore);
        Thread.setDefaultUncaughtExceptionHandler(handlerBefore);
    }

    private static void awaitNoBusyThreads(String prefix) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            boolean busy = Thread.getAllStackTraces().keySet().stream()
                    .anyMatch(t -> t.getName().startsWith(prefix) && t.getState() == Thread.State.RUNNABLE);
            if (!busy) {
                return;
            }
            Thread.sleep(100);
        }
        fail("a connection thread is still running after every client left");
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
