package org.bridgehead.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsReportTest {

    @TempDir
    Path temp;

    @Test
    void effectiveListsEverySettingInDeclarationOrderWithItsSource() throws IOException {
        Path file = temp.resolve("bridgehead.properties");
        Files.writeString(file, "\nbridgehead.imap.port = 2143\n");
        Settings settings = Settings.load(new SettingsSources(Optional.of(file), List.of("bridgehead.bind=0.0.0.0"),
                Map.of("XDG_CACHE_HOME", temp.toString(), "BRIDGEHEAD_LOG_LEVEL", "trace")));

        List<EffectiveSetting> effective = settings.effective();
        assertEquals(BridgeheadSettings.ALL, effective.stream().map(EffectiveSetting::setting).toList());
        assertEquals(new EffectiveSetting(BridgeheadSettings.IMAP_PORT, "2143", "file " + file + ":2"),
                effective.get(BridgeheadSettings.ALL.indexOf(BridgeheadSettings.IMAP_PORT)));
        assertEquals(new EffectiveSetting(BridgeheadSettings.BIND, "0.0.0.0", "--set"),
                effective.get(BridgeheadSettings.ALL.indexOf(BridgeheadSettings.BIND)));
        assertEquals(new EffectiveSetting(BridgeheadSettings.LOG_LEVEL, "trace", "environment BRIDGEHEAD_LOG_LEVEL"),
                effective.get(BridgeheadSettings.ALL.indexOf(BridgeheadSettings.LOG_LEVEL)));
        assertEquals(new EffectiveSetting(BridgeheadSettings.CACHE_DIR, temp.resolve("bridgehead").toString(),
                "default"), effective.get(BridgeheadSettings.ALL.indexOf(BridgeheadSettings.CACHE_DIR)));
    }

    @Test
    void reportShowsEveryKeyWithValueSourceAndDescription() {
        Settings settings = Settings.defaults().with(BridgeheadSettings.SMTP_PORT, "2525");
        List<String> lines = SettingsReport.format(settings).lines().toList();

        assertEquals(2 * BridgeheadSettings.ALL.size(), lines.size());
        for (int i = 0; i < BridgeheadSettings.ALL.size(); i++) {
            Setting<?> setting = BridgeheadSettings.ALL.get(i);
            assertEquals("# " + setting.description(), lines.get(2 * i));
            assertTrue(lines.get(2 * i + 1).startsWith(setting.key() + " "), lines.get(2 * i + 1));
        }
        assertTrue(lines.contains(line(settings, BridgeheadSettings.SMTP_PORT, "2525", "--set")), lines.toString());
        assertTrue(lines.contains(line(settings, BridgeheadSettings.IMAP_PORT, "1143", "default")), lines.toString());
    }

    @Test
    void reportAlignsTheValueAndSourceColumns() {
        List<String> settingLines = SettingsReport.format(Settings.defaults()).lines()
                .filter(line -> !line.startsWith("#"))
                .toList();
        assertEquals(1, settingLines.stream().map(line -> line.indexOf(" = ")).distinct().count());
        assertEquals(1, settingLines.stream().map(line -> line.indexOf("   # ")).distinct().count());
    }

    @Test
    void secretValuesAreMaskedButTheirSourceIsShown() {
        Setting<String> token = Setting.string("test.token", "", "an access token").secret();
        Setting<String> user = Setting.string("test.user", "", "a user name");
        List<Setting<?>> registry = List.of(user, token);
        Settings settings = Settings.load(new SettingsSources(Optional.empty(),
                List.of("test.token=s3cret-value", "test.user=alice"), Map.of("XDG_CONFIG_HOME", temp.toString())),
                registry);

        assertEquals("s3cret-value", settings.get(token));
        assertEquals(List.of(new EffectiveSetting(user, "alice", "--set"),
                new EffectiveSetting(token, "********", "--set")), settings.effective());
        String report = SettingsReport.format(settings);
        assertFalse(report.contains("s3cret-value"), report);
        assertTrue(report.contains("test.token = ********   # --set"), report);
    }

    @Test
    void anInvalidSecretIsReportedWithoutItsValue() {
        Setting<Integer> pin = Setting.integer("test.pin", 0, 0, 9999, "a pin").secret();
        SettingsException failure = assertThrows(SettingsException.class, () -> Settings.load(
                new SettingsSources(Optional.empty(), List.of("test.pin=12345"),
                        Map.of("XDG_CONFIG_HOME", temp.toString())), List.of(pin)));
        assertEquals("bridgehead: invalid value for test.pin (from --set): expected a whole number 0-9999",
                failure.getMessage());
    }

    private static String line(Settings settings, Setting<?> setting, String value, String source) {
        String report = SettingsReport.format(settings);
        String prefix = setting.key();
        return report.lines()
                .filter(candidate -> candidate.startsWith(prefix + " ") && candidate.contains(" = " + value + " ")
                        && candidate.endsWith("   # " + source))
                .findFirst()
                .orElse("no line for " + prefix + " = " + value + " # " + source);
    }
}
