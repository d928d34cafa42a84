package org.bridgehead.exchange.ews;

import static org.bridgehead.exchange.ews.SimulatedExchange.ALICE;
import static org.bridgehead.exchange.ews.SimulatedExchange.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.Credentials;
import org.bridgehead.exchange.ExchangeErrorException;
import org.bridgehead.exchange.ExchangeSession;
import org.bridgehead.exchange.ServerUnavailableException;
import org.bridgehead.exchange.ThrottledException;
import org.bridgehead.simulator.SimulatorOptions;
import org.junit.jupiter.api.Test;

class EwsFailureTest {

    private static final Credentials ALICE_CREDENTIALS = new Credentials(ALICE, PASSWORD);

    @Test
    void stoppedServerGivesServerUnavailable() {
        EwsSettings settings;
        try (SimulatedExchange exchange = SimulatedExchange.start()) {
            settings = exchange.settings(2);
        }

        try (EwsBackend backend = new EwsBackend(settings)) {
            ServerUnavailableException failure = assertThrows(ServerUnavailableException.class,
                    () -> backend.open(ALICE_CREDENTIALS));

            assertTrue(failure.isTransient());
            assertTrue(failure.getMessage().startsWith("Cannot connect to 127.0.0.1:"), failure.getMessage());
        }
    }

    @Test
    void everyRequestFailingGivesATransientErrorAfterTheConfiguredRetries() {
        int retries = 2;
        try (SimulatedExchange exchange = SimulatedExchange.start(SimulatorOptions.builder()
                .faultRate(1.0).serverBusyBackOffMs(5).build())) {

            BackendException failure = assertThrows(BackendException.class,
                    () -> exchange.backend(retries).open(ALICE_CREDENTIALS));

            assertTrue(failure instanceof ServerUnavailableException || failure instanceof ThrottledException,
                    failure.getClass().getName());
            assertTrue(failure.isTransient());
            assertEquals(retries + 1, exchange.simulator().stats().faults());
        }
    }

    @Test
    void occasionalFaultsAreRetriedAway() throws Exception {
        try (SimulatedExchange exchange = SimulatedExchange.start(SimulatorOptions.builder()
                .faultRate(0.3).faultSeed(42).serverBusyBackOffMs(5).build())) {
            EwsBackend backend = exchange.backend(6);

            for (int i = 0; i < 5; i++) {
                try (ExchangeSession session = backend.open(ALICE_CREDENTIALS)) {
                    assertFalse(session.folderTree().isEmpty());
                }
            }
            assertTrue(exchange.simulator().stats().faults() > 0, "the test must meet some faults");
        }
    }

    @Test
    void throttlingIsReportedWithTheServersBackOff() {
        // Injected faults are 503, ErrorServerBusy or a dropped connection, chosen by the seeded dice;
        // over these seeds ErrorServerBusy comes up for certain.
        int throttled = 0;
        for (long seed = 1; seed <= 12; seed++) {
            try (SimulatedExchange exchange = SimulatedExchange.start(SimulatorOptions.builder()
                    .faultRate(1.0).faultSeed(seed).serverBusyBackOffMs(1234).build())) {
                BackendException failure = assertThrows(BackendException.class,
                        () -> exchange.backend(0).open(ALICE_CREDENTIALS));
                if (failure instanceof ThrottledException throttledException) {
                    assertEquals(Duration.ofMillis(1234), throttledException.backOff());
                    assertTrue(throttledException.isTransient());
                    throttled++;
                }
            }
        }
        assertTrue(throttled > 0, "no seed produced ErrorServerBusy");
    }

    @Test
    void aServerSlowerThanTheReadTimeoutGivesServerUnavailable() {
        try (SimulatedExchange exchange = SimulatedExchange.start(SimulatorOptions.builder()
                .latencyMs(5_000).build());
                EwsBackend backend = new EwsBackend(new EwsSettings(exchange.simulator().ewsUrl(),
                        Duration.ofSeconds(2), Duration.ofMillis(300), 1, Duration.ofMillis(10), 4))) {

            ServerUnavailableException failure = assertThrows(ServerUnavailableException.class,
                    () -> backend.open(ALICE_CREDENTIALS));

            assertTrue(failure.getMessage().startsWith("Timed out waiting for 127.0.0.1:"), failure.getMessage());
        }
    }

    @Test
    void wrongPathGivesANonTransientError() throws Exception {
        try (SimulatedExchange exchange = SimulatedExchange.start()) {
            URI wrongPath = exchange.simulator().ewsUrl().resolve("/owa/");
            try (EwsBackend backend = new EwsBackend(new EwsSettings(wrongPath, Duration.ofSeconds(2),
                    Duration.ofSeconds(10), 3, Duration.ofMillis(10), 4))) {

                ExchangeErrorException failure = assertThrows(ExchangeErrorException.class,
                        () -> backend.open(ALICE_CREDENTIALS));

                assertFalse(failure.isTransient());
                assertEquals("HTTP 404", failure.responseCode());
            }
        }
    }
}
