package org.bridgehead.exchange.ews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import org.bridgehead.config.BridgeheadSettings;
import org.bridgehead.config.Settings;
import org.junit.jupiter.api.Test;

class EwsSettingsTest {

    @Test
    void noEwsUrlMeansNoEwsSettings() {
        assertTrue(EwsSettings.from(Settings.defaults()).isEmpty());
    }

    @Test
    void configuredValuesAreCarriedOver() {
        Settings settings = Settings.defaults()
                .with(BridgeheadSettings.EWS_URL, "https://mail.example.com/EWS/Exchange.asmx")
                .with(BridgeheadSettings.EWS_CONNECT_TIMEOUT, "3s")
                .with(BridgeheadSettings.EWS_READ_TIMEOUT, "40s")
                .with(BridgeheadSettings.EWS_RETRIES, "5")
                .with(BridgeheadSettings.EWS_RETRY_BACKOFF, "250ms")
                .with(BridgeheadSettings.EWS_MAX_CONNECTIONS, "7");

        EwsSettings ews = EwsSettings.from(settings).orElseThrow();

        assertEquals(new EwsSettings(URI.create("https://mail.example.com/EWS/Exchange.asmx"), Duration.ofSeconds(3),
                Duration.ofSeconds(40), 5, Duration.ofMillis(250), 7), ews);
    }

    @Test
    void onlyHttpAndHttpsUrlsAreAccepted() {
        assertThrows(IllegalArgumentException.class, () -> new EwsSettings(URI.create("ftp://mail.example.com/"),
                Duration.ofSeconds(1), Duration.ofSeconds(1), 0, Duration.ZERO, 1));
    }
}
