package org.bridgehead.imap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.bridgehead.config.BridgeheadSettings;
import org.bridgehead.config.Settings;
import org.bridgehead.exchange.SessionCache;
import org.bridgehead.imap.server.ImapServer;
import org.bridgehead.imap.server.ImapServerOptions;
import org.bridgehead.imap.testing.ImapTestClient;
import org.bridgehead.imap.testing.InMemoryExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImapServiceTest {

    @TempDir
    Path cache;

    @Test
    void optionsComeFromTheSettings() {
        Settings settings = Settings.defaults()
                .with(BridgeheadSettings.CACHE_DIR, cache.toString())
                .with(BridgeheadSettings.IMAP_PORT, "0")
                .with(BridgeheadSettings.IMAP_AUTO_EXPUNGE, "true")
                .with(BridgeheadSettings.IMAP_MAX_LITERAL_MB, "2")
                .with(BridgeheadSettings.IMAP_MAX_CONNECTIONS, "3")
                .with(BridgeheadSettings.IMAP_AUTH_DELAY, "100ms")
                .with(BridgeheadSettings.IMAP_AUTH_DELAY_MAX, "1s")
                .with(BridgeheadSettings.IMAP_LOGIN_TIMEOUT, "20s");
        ImapServerOptions options = ImapServerOptions.from(settings);
        assertEquals(0, options.port());
        assertTrue(options.autoExpunge());
        assertEquals(2L * 1024 * 1024, options.readerLimits().maxLiteralSize());
        assertEquals(3, options.maxConnections());
        assertEquals(Duration.ofMillis(100), options.authDelay());
        assertEquals(Duration.ofSeconds(1), options.authDelayMax());
        assertEquals(Duration.ofSeconds(20), options.loginTimeout());
        assertEquals(Duration.ofMinutes(30), options.timeout());
        assertTrue(options.bindAddress().isLoopbackAddress());
        assertEquals(Optional.of(cache.resolve("imap-subscriptions")), options.subscriptionsDirectory());
    }

    @Test
    void startServesImapOnTheConfiguredAddress() throws Exception {
        Settings settings = Settings.defaults().with(BridgeheadSettings.IMAP_PORT, "0")
                .with(BridgeheadSettings.CACHE_DIR, cache.toString());
        try (SessionCache sessions = new SessionCache(new InMemoryExchange(), Duration.ofMinutes(1), 4);
                ImapServer server = ImapService.start(settings, sessions);
                ImapTestClient client = new ImapTestClient(server.port())) {
            assertTrue(client.greeting().endsWith("Bridgehead IMAP ready"));
            assertTrue(client.command("LOGIN alice " + InMemoryExchange.PASSWORD).ok());
        }
    }
}
