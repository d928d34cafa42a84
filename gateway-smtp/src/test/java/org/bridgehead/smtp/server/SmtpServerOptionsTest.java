package org.bridgehead.smtp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.time.Duration;
import org.bridgehead.config.BridgeheadSettings;
import org.bridgehead.config.Settings;
import org.junit.jupiter.api.Test;

/** The listener's options follow the bridgehead.smtp.* settings. */
class SmtpServerOptionsTest {

    @Test
    void defaultsListenOnLoopbackPort1025WithRoomForA50MegabyteMessage() {
        SmtpServerOptions options = SmtpServerOptions.from(Settings.defaults());

        assertEquals(InetAddress.getLoopbackAddress(), options.bindAddress());
        assertEquals(1025, options.port());
        assertEquals(64L * 1024 * 1024, options.maxMessageSize());
        assertEquals(Duration.ofMinutes(10), options.duplicateWindow());
    }

    @Test
    void configuredValuesReachTheOptions() {
        Settings settings = Settings.defaults()
                .with(BridgeheadSettings.SMTP_PORT, "2525")
                .with(BridgeheadSettings.SMTP_MAX_CONNECTIONS, "3")
                .with(BridgeheadSettings.SMTP_TIMEOUT, "90s")
                .with(BridgeheadSettings.SMTP_MAX_MESSAGE_MB, "5")
                .with(BridgeheadSettings.SMTP_DUPLICATE_WINDOW, "0s");

        SmtpServerOptions options = SmtpServerOptions.from(settings);

        assertEquals(2525, options.port());
        assertEquals(3, options.maxConnections());
        assertEquals(Duration.ofSeconds(90), options.readTimeout());
        assertEquals(5L * 1024 * 1024, options.maxMessageSize());
        assertEquals(Duration.ZERO, options.duplicateWindow());
    }

    @Test
    void withAddressChangesOnlyWhereItListens() {
        SmtpServerOptions options = SmtpServerOptions.from(Settings.defaults());

        SmtpServerOptions moved = options.withAddress(InetAddress.getLoopbackAddress(), 0);

        assertEquals(0, moved.port());
        assertEquals(options.maxMessageSize(), moved.maxMessageSize());
        assertEquals(options.spoolDirectory(), moved.spoolDirectory());
    }
}
