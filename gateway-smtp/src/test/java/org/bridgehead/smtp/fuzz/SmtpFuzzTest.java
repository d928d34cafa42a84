package org.bridgehead.smtp.fuzz;

import static org.bridgehead.smtp.support.TestServers.PASSWORD;
import static org.bridgehead.smtp.support.TestServers.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.bridgehead.net.fuzz.FuzzRun;
import org.bridgehead.smtp.server.SmtpServer;
import org.bridgehead.smtp.support.FakeSubmitter;
import org.bridgehead.smtp.support.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile clients against the real server over sockets, for a bounded time: random, mutated and
 * truncated commands, binary garbage, very long lines, DATA that never ends, BDAT chunks of lying
 * sizes. Every reply must be a well-formed SMTP reply and none the 451 of an unexpected failure;
 * the server must close each connection when its client does, come through whole (see
 * {@link FuzzRun}), leave no spool file behind, and deliver, byte for byte, the well-formed
 * messages sent between the garbage.
 */
class SmtpFuzzTest {

    @TempDir
    Path spool;

    private final FakeSubmitter submitter = new FakeSubmitter().withUser(USER, PASSWORD);
    private FuzzRun run;
    private SmtpServer server;

    @BeforeEach
    void start() throws IOException {
        run = new FuzzRun("SMTP", "org.bridgehead.smtp");
        server = TestServers.start(TestServers.options(spool).maxMessageSize(200_000).spoolMemoryThreshold(16_000)
                .readTimeout(Duration.ofSeconds(5)).maxConnections(8).build(), submitter);
    }

    @AfterEach
    void stop() {
        server.close();
        run.close();
    }

    @Test
    void hostileClientsGetSmtpRepliesAndTheServerStaysWhole() throws Exception {
        Map<SmtpInputs.Kind, Integer> inputs = new EnumMap<>(SmtpInputs.Kind.class);
        Map<Integer, Integer> replies = new TreeMap<>();
        AtomicInteger delivered = new AtomicInteger();
        FuzzRun.Totals totals = run.run((number, random) -> {
            if (number % 4 == 3) {
                new WellFormedSend(server.localAddress(), random).sendThroughGarbage(submitter);
                delivered.incrementAndGet();
                return 0;
            }
            HostileConnection hostile = new HostileConnection(server.localAddress(), random);
            long sent = hostile.run(inputs);
            hostile.replyCodes().forEach(code -> replies.merge(code, 1, Integer::sum));
            return sent;
        });
        System.out.println("SMTP fuzz: " + totals.connections() + " connections, " + totals.bytes() + " bytes, inputs "
                + inputs + ", replies by code " + replies + ", " + delivered + " well-formed messages delivered intact");

        new WellFormedSend(server.localAddress(), new Random(FuzzRun.seedOf(0))).sendThroughGarbage(submitter);
        run.assertServerWhole("smtp-connection-");
        try (Stream<Path> files = Files.list(spool)) {
            assertEquals(List.of(), files.toList(), "every spool file is removed");
        }
        assertTrue(replies.keySet().stream().noneMatch(code -> code == 451), "no reply of an unexpected failure");
    }
}
