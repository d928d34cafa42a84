package org.bridgehead.exchange.ews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.bridgehead.exchange.Credentials;
import org.bridgehead.exchange.ExchangeSession;
import org.bridgehead.exchange.ServerUnavailableException;
import org.bridgehead.net.tls.ServerCertificate;
import org.bridgehead.net.tls.ServerTls;
import org.bridgehead.simulator.SimulatorOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exchange (the simulator) over HTTPS with a certificate no public CA signed: refused with a
 * message naming the host, the fingerprint and the settings; accepted by its pin or its CA file.
 */
class ExchangeTrustTest {

    private static final ServerCertificate EXCHANGE_CERTIFICATE =
            ServerCertificate.selfSigned(List.of("localhost"), List.of());

    @TempDir
    static Path work;
    private static SimulatedExchange exchange;
    private static Path caFile;

    @BeforeAll
    static void start() throws Exception {
        exchange = SimulatedExchange.start(SimulatorOptions.builder()
                .tls(ServerTls.of(EXCHANGE_CERTIFICATE).sslContext()).build());
        caFile = work.resolve("exchange-ca.pem");
        Files.writeString(caFile, EXCHANGE_CERTIFICATE.certificatePem());
    }

    @AfterAll
    static void stop() {
        exchange.close();
    }

    private static EwsSettings settings(Optional<Path> trust, Optional<String> pin) {
        return new EwsSettings(URI.create("https://localhost:" + exchange.simulator().port() + "/EWS/Exchange.asmx"),
                Duration.ofSeconds(5), Duration.ofSeconds(20), 0, Duration.ofMillis(10), 4, trust, pin);
    }

    private static ExchangeSession signIn(EwsSettings settings) throws Exception {
        EwsBackend backend = new EwsBackend(settings, new MailSettings(work.resolve("cache"), 100, 16L << 20));
        try {
            return backend.open(new Credentials(SimulatedExchange.ALICE, SimulatedExchange.PASSWORD));
        } finally {
            backend.close();
        }
    }

    @Test
    void anUntrustedCertificateIsRefusedNamingHostFingerprintAndSettings() {
        ServerUnavailableException refused = assertThrows(ServerUnavailableException.class,
                () -> signIn(settings(Optional.empty(), Optional.empty())));
        String message = refused.getMessage();
        assertTrue(message.contains("localhost"), message);
        assertTrue(message.contains("bridgehead.ews.pin=" + EXCHANGE_CERTIFICATE.fingerprint()), message);
        assertTrue(message.contains("bridgehead.ews.trust"), message);
        assertFalse(refused.isTransient(), "a certificate problem does not go away by retrying");
    }

    @Test
    void thePinnedCertificateIsAcceptedInAnySpelling() throws Exception {
        String pin = EXCHANGE_CERTIFICATE.fingerprint().replace(":", "").toLowerCase(java.util.Locale.ROOT);
        try (ExchangeSession session = signIn(settings(Optional.empty(), Optional.of(pin)))) {
            assertEquals(SimulatedExchange.ALICE, session.primaryAddress());
        }
    }

    @Test
    void anotherPinIsNoExcuse() {
        String other = ServerCertificate.selfSigned(List.of("localhost"), List.of()).fingerprint();
        assertThrows(ServerUnavailableException.class,
                () -> signIn(settings(Optional.empty(), Optional.of(other))));
    }

    @Test
    void aCertificateSignedByACaOfTheTrustFileIsAccepted() throws Exception {
        try (ExchangeSession session = signIn(settings(Optional.of(caFile), Optional.empty()))) {
            assertEquals(SimulatedExchange.ALICE, session.primaryAddress());
        }
    }

    @Test
    void anUnreadableTrustFileIsNamed() {
        IllegalArgumentException broken = assertThrows(IllegalArgumentException.class,
                () -> new EwsBackend(settings(Optional.of(work.resolve("missing.pem")), Optional.empty())));
        assertTrue(broken.getMessage().contains("bridgehead.ews.trust"), broken.getMessage());
    }
}
