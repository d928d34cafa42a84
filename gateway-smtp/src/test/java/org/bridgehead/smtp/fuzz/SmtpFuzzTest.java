package org.bridgehead.smtp.fuzz;

import static org.bridgehead.smtp.support.TestServers.PASSWORD;
import static org.bridgehead.smtp.support.TestServers.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.bridgehead.smtp.server.SmtpServer;
import org.bridgehead.smtp.support.FakeSubmitter;
import org.bridgehead.smtp.support.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Hostile clients against the real server over sockets, for a bounded time: random, mutated and
 * truncated commands, binary garbage, very long lines, DATA that never ends, BDAT chunks of lying
 * sizes. Every reply must be a well-formed SMTP reply and none the 451 of an unexpected failure;
 * the server must close each connection when its client does, log no error, leave no spool file
 * and no connection thread behind, stay within a memory bound, and deliver, byte for byte, the
 * well-formed messages sent between the garbage. {@code -Dbridgehead.fuzz.seed=N} replays a run,
 * {@code -Dbridgehead.fuzz.seconds=N} sets its length (default 8).
 */
class SmtpFuzzTest {

    private static final long SEED = Long.getLong("bridgehead.fuzz.seed", System.nanoTime());
    private static final Duration LENGTH = Duration.ofSeconds(Integer.getInteger("bridgehead.fuzz.seconds", 8));
    private static final long HEAP_GROWTH_BOUND = 128L * 1024 * 1024;

    @TempDir
    Path spool;

    private final FakeSubmitter submitter = new FakeSubmitter().withUser(USER, PASSWORD);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final List<Throwable> uncaught = new ArrayList<>();
    private final Logger smtpLogger = (Logger) LoggerFactory.getLogger("org.bridgehead.smtp");
    private Level levelBefore;
    private Thread.UncaughtExceptionHandler handlerBefore;
    private SmtpServer server;

    @BeforeEach
    void start() throws IOException {
        levelBefore = smtpLogger.getLevel();
        smtpLogger.setLevel(Level.WARN); // thousands of connections: keep the warnings and errors only
        logged.start();
        smtpLogger.addAppender(logged);
        handlerBefore = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
            synchronized (uncaught) {
                uncaught.add(failure);
            }
        });
        server = TestServers.start(TestServers.options(spool).maxMessageSize(200_000).spoolMemoryThreshold(16_000)
                .readTimeout(Duration.ofSeconds(5)).maxConnections(8).build(), submitter);
    }

    @AfterEach
    void stop() {
        server.close();
        smtpLogger.detachAppender(logged);
        smtpLogger.setLevel(levelBefore);
        Thread.setDefaultUncaughtExceptionHandler(handlerBefore);
    }

    @Test
    void hostileClientsGetSmtpRepliesAndTheServerStaysWhole() throws Exception {
        System.out.println("SMTP fuzz: seed " + SEED + " for " + LENGTH.toSeconds() + " s"
                + " (replay with -Dbridgehead.fuzz.seed=" + SEED + ")");
        long heapBefore = usedHeapAfterGc();
        Map<SmtpInputs.Kind, Integer> inputs = new EnumMap<>(SmtpInputs.Kind.class);
        Map<Integer, Integer> replies = new TreeMap<>();
        long deadline = System.nanoTime() + LENGTH.toNanos();
        int connection = 0;
        long bytes = 0;
        int delivered = 0;
        while (System.nanoTime() < deadline) {
            long seed = SEED + connection;
            try {
                if (connection % 4 == 3) {
                    new WellFormedSend(server.localAddress(), new Random(seed)).sendThroughGarbage(submitter);
                    delivered++;
                } else {
                    HostileConnection hostile = new HostileConnection(server.localAddress(), new Random(seed));
                    bytes += hostile.run(inputs);
                    hostile.replyCodes().forEach(code -> replies.merge(code, 1, Integer::sum));
                }
            } catch (AssertionError | IOException failure) {
                throw new AssertionError("connection " + connection + " (seed " + seed + ") failed: " + failure.getMessage(),
                        failure);
            }
            connection++;
        }
        System.out.println("SMTP fuzz: " + connection + " connections, " + bytes + " bytes, inputs " + inputs
                + ", replies by code " + replies + ", " + delivered + " well-formed messages delivered intact");

        new WellFormedSend(server.localAddress(), new Random(SEED)).sendThroughGarbage(submitter);
        awaitNoConnectionThreads();
        try (Stream<Path> files = Files.list(spool)) {
            assertEquals(List.of(), files.toList(), "every spool file is removed");
        }
        synchronized (uncaught) {
            assertEquals(List.of(), uncaught, "no thread died");
        }
        List<String> errors = logged.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
                .map(ILoggingEvent::getFormattedMessage).toList();
        assertEquals(List.of(), errors, "nothing failed unexpectedly");
        long growth = usedHeapAfterGc() - heapBefore;
        assertTrue(growth < HEAP_GROWTH_BOUND, "heap grew by " + growth + " bytes");
        assertTrue(replies.keySet().stream().noneMatch(code -> code == 451), "no reply of an unexpected failure");
    }

    private static void awaitNoConnectionThreads() throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            boolean busy = Thread.getAllStackTraces().keySet().stream()
                    .anyMatch(t -> t.getName().startsWith("smtp-connection-") && t.getState() == Thread.State.RUNNABLE);
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
