package org.bridgehead.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BridgeheadSettingsTest {

    @Test
    void allHoldsEverySettingConstantInDeclarationOrder() {
        List<Object> declared = java.util.stream.Stream.of(BridgeheadSettings.class, TlsSettings.class, SignInSettings.class)
                .flatMap(type -> Arrays.stream(type.getDeclaredFields()))
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == Setting.class)
                .map(BridgeheadSettingsTest::valueOf)
                .toList();
        assertEquals(declared, List.copyOf(BridgeheadSettings.ALL));
    }

    @Test
    void listenerTlsPortsAreOffUnlessSet() {
        Settings defaults = Settings.defaults();
        assertEquals(Optional.empty(), defaults.get(TlsSettings.IMAPS_PORT));
        assertEquals(Optional.of(993), defaults.with(TlsSettings.IMAPS_PORT, "993").get(TlsSettings.IMAPS_PORT));
        assertThrows(SettingsException.class, () -> defaults.with(TlsSettings.SMTPS_PORT, "70000"));
        assertThrows(SettingsException.class, () -> defaults.with(TlsSettings.EWS_PIN, "AB:CD"));
        defaults.with(TlsSettings.EWS_PIN, "ab".repeat(32));
    }

    @Test
    void everyKeyIsUniqueAndDescribed() {
        Map<String, Long> keys = BridgeheadSettings.ALL.stream()
                .collect(Collectors.groupingBy(Setting::key, Collectors.counting()));
        keys.forEach((key, count) -> assertEquals(1L, count, key));
        BridgeheadSettings.ALL.forEach(setting -> assertFalse(setting.description().isBlank(), setting.key()));
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        Settings defaults = Settings.defaults();
        assertEquals(Optional.empty(), defaults.get(BridgeheadSettings.EWS_URL));
        assertEquals("127.0.0.1", defaults.get(BridgeheadSettings.BIND));
        assertEquals(1143, defaults.get(BridgeheadSettings.IMAP_PORT));
        assertEquals(1025, defaults.get(BridgeheadSettings.SMTP_PORT));
        assertEquals(1389, defaults.get(BridgeheadSettings.LDAP_PORT));
        assertEquals(1080, defaults.get(BridgeheadSettings.CALDAV_PORT));
        assertEquals(Duration.ofSeconds(10), defaults.get(BridgeheadSettings.EWS_CONNECT_TIMEOUT));
        assertEquals(Duration.ofSeconds(60), defaults.get(BridgeheadSettings.EWS_READ_TIMEOUT));
        assertEquals(3, defaults.get(BridgeheadSettings.EWS_RETRIES));
        assertEquals(Duration.ofMillis(500), defaults.get(BridgeheadSettings.EWS_RETRY_BACKOFF));
        assertEquals(20, defaults.get(BridgeheadSettings.EWS_MAX_CONNECTIONS));
        assertEquals(100, defaults.get(BridgeheadSettings.EWS_BATCH_SIZE));
        assertEquals(64, defaults.get(BridgeheadSettings.CACHE_MEMORY_MB));
        assertEquals(Duration.ofMinutes(30), defaults.get(BridgeheadSettings.SESSION_IDLE_TIMEOUT));
        assertEquals(Path.of(System.getProperty("user.home"), ".cache", "bridgehead"),
                defaults.get(BridgeheadSettings.CACHE_DIR));
        assertEquals("127.0.0.1", defaults.get(BridgeheadSettings.SIMULATOR_BIND));
        assertEquals(1180, defaults.get(BridgeheadSettings.SIMULATOR_PORT));
        assertEquals(1125, defaults.get(BridgeheadSettings.SIMULATOR_SMTP_PORT));
        assertEquals(0, defaults.get(BridgeheadSettings.SIMULATOR_LATENCY_MS));
        assertEquals(0.0, defaults.get(BridgeheadSettings.SIMULATOR_FAULT_RATE));
        assertEquals(SimulatorAuthScheme.BASIC, defaults.get(BridgeheadSettings.SIMULATOR_AUTH));
        assertEquals("", defaults.get(BridgeheadSettings.SIMULATOR_SMARTHOST));
        assertEquals(Duration.ofSeconds(30), defaults.get(BridgeheadSettings.SIMULATOR_KEEPALIVE));
        assertEquals(35, defaults.get(BridgeheadSettings.SIMULATOR_MAX_MESSAGE_MB));
        assertEquals("demo", defaults.get(BridgeheadSettings.SIMULATOR_SEED));
        assertEquals(LogLevel.INFO, defaults.get(BridgeheadSettings.LOG_LEVEL));
    }

    @Test
    void simulatorSeedAcceptsDemoOrGeneratedSizes() {
        assertEquals("generated:10:50", BridgeheadSettings.SIMULATOR_SEED.parse("generated:10:50"));
        assertEquals("generated:1:50:10000", BridgeheadSettings.SIMULATOR_SEED.parse("generated:1:50:10000"));
        assertEquals("generated:1:50:10000:10", BridgeheadSettings.SIMULATOR_SEED.parse("generated:1:50:10000:10"));
        assertEquals("generated:1:0+people:10000", BridgeheadSettings.SIMULATOR_SEED.parse("generated:1:0+people:10000"));
        assertEquals("expected demo or generated:USERS:FOLDERS[:INBOX_MESSAGES[:LARGE_MESSAGES]] such as "
                + "generated:1:50:10000:10",
                assertThrows(InvalidValueException.class,
                        () -> BridgeheadSettings.SIMULATOR_SEED.parse("generated:10")).getMessage());
    }

    @Test
    void simulatorSmartHostIsEmptyOrHostAndPort() {
        assertEquals("mail.example.org:25", BridgeheadSettings.SIMULATOR_SMARTHOST.parse("mail.example.org:25"));
        assertEquals("[::1]:2525", BridgeheadSettings.SIMULATOR_SMARTHOST.parse("[::1]:2525"));
        assertEquals("expected empty or HOST:PORT such as 127.0.0.1:25",
                assertThrows(InvalidValueException.class,
                        () -> BridgeheadSettings.SIMULATOR_SMARTHOST.parse("mail.example.org:70000")).getMessage());
        assertThrows(InvalidValueException.class, () -> BridgeheadSettings.SIMULATOR_SMARTHOST.parse("mail.example.org"));
    }

    private static Object valueOf(Field field) {
        try {
            return field.get(null);
        } catch (IllegalAccessException unexpected) {
            throw new AssertionError(unexpected);
        }
    }
}
