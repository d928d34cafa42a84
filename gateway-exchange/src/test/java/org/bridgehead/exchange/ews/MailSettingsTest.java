package org.bridgehead.exchange.ews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.bridgehead.config.BridgeheadSettings;
import org.bridgehead.config.Settings;
import org.junit.jupiter.api.Test;

class MailSettingsTest {

    @Test
    void configuredValuesAreCarriedOver() {
        Settings settings = Settings.defaults()
                .with(BridgeheadSettings.CACHE_DIR, "/var/cache/bridgehead-test")
                .with(BridgeheadSettings.EWS_BATCH_SIZE, "50")
                .with(BridgeheadSettings.CACHE_MEMORY_MB, "8");

        MailSettings mail = MailSettings.from(settings);

        assertEquals(new MailSettings(Path.of("/var/cache/bridgehead-test"), 50, 8L * 1024 * 1024), mail);
        assertEquals(Path.of("/var/cache/bridgehead-test", "index"), mail.indexDirectory());
        assertEquals(1024L * 1024, mail.spoolThreshold());
    }

    @Test
    void defaultsBatchOneHundredAndCache64Megabytes() {
        MailSettings mail = MailSettings.from(Settings.defaults());

        assertEquals(100, mail.batchSize());
        assertEquals(64L * 1024 * 1024, mail.memoryCacheBytes());
    }

    @Test
    void aBatchMustHoldAtLeastOneMessage() {
        assertThrows(IllegalArgumentException.class, () -> new MailSettings(Path.of("/tmp"), 0, 1));
    }
}
