package org.bridgehead.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoadTest {

    @TempDir
    Path temp;

    private Path writeFile(String name, String content) throws IOException {
        Path file = temp.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    /** An environment whose XDG directories point into the temporary directory. */
    private Map<String, String> environment(Map<String, String> extra) {
        Map<String, String> environment = new java.util.HashMap<>(extra);
        environment.put("XDG_CONFIG_HOME", temp.resolve("config").toString());
        environment.put("XDG_CACHE_HOME", temp.resolve("cache").toString());
        return environment;
    }

    private Settings load(Optional<Path> file, List<String> setArgs, Map<String, String> extraEnvironment) {
        return Settings.load(new SettingsSources(file, setArgs, environment(extraEnvironment)));
    }

    private SettingsException loadFails(Optional<Path> file, List<String> setArgs, Map<String, String> extraEnv) {
        return assertThrows(SettingsException.class, () -> load(file, setArgs, extraEnv));
    }

    private static String sourceOf(Settings settings, Setting<?> setting) {
        return settings.effective().stream()
                .filter(effective -> effective.setting() == setting)
                .findFirst()
                .orElseThrow()
                .source();
    }

    @Test
    void withoutAnySourceEveryDefaultApplies() {
        Settings settings = load(Optional.empty(), List.of(), Map.of());
        assertEquals(1143, settings.get(BridgeheadSettings.IMAP_PORT));
        assertEquals(Optional.empty(), settings.get(BridgeheadSettings.EWS_URL));
        assertEquals(Duration.ofSeconds(60), settings.get(BridgeheadSettings.EWS_READ_TIMEOUT));
        assertEquals(temp.resolve("cache").resolve("bridgehead"), settings.get(BridgeheadSettings.CACHE_DIR));
        assertEquals(List.of(), settings.warnings());
        settings.effective().forEach(effective -> assertEquals("default", effective.source()));
    }

    @Test
    void environmentBeatsFileAndSetBeatsEnvironment() throws IOException {
        Path file = writeFile("bridgehead.properties", """
                bridgehead.imap.port=2000
                bridgehead.smtp.port=2001
                bridgehead.ldap.port=2002
                """);
        Settings settings = load(Optional.of(file),
                List.of("bridgehead.ldap.port=4002"),
                Map.of("BRIDGEHEAD_SMTP_PORT", "3001", "BRIDGEHEAD_LDAP_PORT", "3002"));

        assertEquals(2000, settings.get(BridgeheadSettings.IMAP_PORT));
        assertEquals(3001, settings.get(BridgeheadSettings.SMTP_PORT));
        assertEquals(4002, settings.get(BridgeheadSettings.LDAP_PORT));
        assertEquals(1080, settings.get(BridgeheadSettings.CALDAV_PORT));
        assertEquals("file " + file + ":1", sourceOf(settings, BridgeheadSettings.IMAP_PORT));
        assertEquals("environment BRIDGEHEAD_SMTP_PORT", sourceOf(settings, BridgeheadSettings.SMTP_PORT));
        assertEquals("--set", sourceOf(settings, BridgeheadSettings.LDAP_PORT));
        assertEquals("default", sourceOf(settings, BridgeheadSettings.CALDAV_PORT));
    }

    @Test
    void theLastSetOfAKeyWins() {
        Settings settings = load(Optional.empty(),
                List.of("bridgehead.imap.port=1", "bridgehead.imap.port=2"), Map.of());
        assertEquals(2, settings.get(BridgeheadSettings.IMAP_PORT));
    }

    @Test
    void theDefaultFileUnderXdgConfigHomeIsRead() throws IOException {
        writeFile("config/bridgehead/bridgehead.properties", "bridgehead.log.level = debug\n");
        Settings settings = load(Optional.empty(), List.of(), Map.of());
        assertEquals(LogLevel.DEBUG, settings.get(BridgeheadSettings.LOG_LEVEL));
        Path expected = temp.resolve("config/bridgehead/bridgehead.properties");
        assertEquals("file " + expected + ":1", sourceOf(settings, BridgeheadSettings.LOG_LEVEL));
    }

    @Test
    void aMissingDefaultFileIsFine() {
        Settings settings = load(Optional.empty(), List.of(), Map.of());
        assertEquals("127.0.0.1", settings.get(BridgeheadSettings.BIND));
    }

    @Test
    void aMissingExplicitFileIsAnError() {
        Path missing = temp.resolve("nowhere.properties");
        SettingsException failure = loadFails(Optional.of(missing), List.of(), Map.of());
        assertEquals(List.of("bridgehead: config file " + missing + " does not exist (from --config)"),
                failure.errors());
    }

    @Test
    void aDirectoryGivenAsConfigFileIsAnError() {
        SettingsException failure = loadFails(Optional.of(temp), List.of(), Map.of());
        assertEquals(List.of("bridgehead: config file " + temp + " is not a regular file"), failure.errors());
    }

    @Test
    void anInvalidFileValueNamesKeyValueFileAndLine() throws IOException {
        Path file = writeFile("bridgehead.properties", """
                # ports
                bridgehead.smtp.port = 1025
                bridgehead.imap.port = abc
                """);
        SettingsException failure = loadFails(Optional.of(file), List.of(), Map.of());
        assertEquals("bridgehead: invalid value 'abc' for bridgehead.imap.port (from " + file
                + ":3): expected a port number 0-65535", failure.getMessage());
    }

    @Test
    void lineNumbersCountContinuationLines() throws IOException {
        Path file = writeFile("bridgehead.properties", "bridgehead.ews.url = https://mail.example.com\\\n"
                + "    /EWS/Exchange.asmx\n"
                + "bridgehead.ews.read.timeout = 60\n");
        SettingsException failure = loadFails(Optional.of(file), List.of(), Map.of());
        assertEquals(List.of("bridgehead: invalid value '60' for bridgehead.ews.read.timeout (from " + file
                + ":3): expected a positive duration such as 250ms, 30s, 5m, 2h or 1d"), failure.errors());
    }

    @Test
    void everyErrorFromEverySourceIsReportedAtOnce() throws IOException {
        Path file = writeFile("bridgehead.properties", """
                bridgehead.imap.port = 70000
                bridgehead.simulator.fault.rate = 2
                bridgehead.bad\\u00zz = 1
                """);
        SettingsException failure = loadFails(Optional.of(file),
                List.of("bridgehead.log.level=loud", "no-equals-sign"),
                Map.of("BRIDGEHEAD_EWS_RETRIES", "many"));
        assertEquals(List.of(
                "bridgehead: invalid value '70000' for bridgehead.imap.port (from " + file
                        + ":1): expected a port number 0-65535",
                "bridgehead: invalid value '2' for bridgehead.simulator.fault.rate (from " + file
                        + ":2): expected a number 0.0-1.0",
                "bridgehead: " + file + ":3: malformed \\uHHHH escape",
                "bridgehead: invalid value 'many' for bridgehead.ews.retries (from environment BRIDGEHEAD_EWS_RETRIES)"
                        + ": expected a whole number 0-10",
                "bridgehead: invalid value 'loud' for bridgehead.log.level (from --set)"
                        + ": expected one of error, warn, info, debug, trace",
                "bridgehead: --set expects key=value, got 'no-equals-sign'"), failure.errors());
        assertEquals(String.join("\n", failure.errors()), failure.getMessage());
    }

    @Test
    void aBadValueIsAnErrorEvenWhenALaterSourceOverridesIt() throws IOException {
        Path file = writeFile("bridgehead.properties", "bridgehead.imap.port = abc\n");
        SettingsException failure = loadFails(Optional.of(file), List.of("bridgehead.imap.port=1143"), Map.of());
        assertEquals(1, failure.errors().size());
    }

    @Test
    void setWithoutAKeyIsAnErrorThatDoesNotEchoTheValue() {
        SettingsException failure = loadFails(Optional.empty(), List.of("=hunter2"), Map.of());
        assertEquals(List.of("bridgehead: --set expects key=value, got a value without a key"), failure.errors());
    }

    @Test
    void setValuesMayContainEqualsSigns() {
        Settings settings = load(Optional.empty(),
                List.of("bridgehead.ews.url=https://mail.example.com/EWS/Exchange.asmx?a=b"), Map.of());
        assertEquals(Optional.of(URI.create("https://mail.example.com/EWS/Exchange.asmx?a=b")),
                settings.get(BridgeheadSettings.EWS_URL));
    }

    @Test
    void unknownKeysWarnWithTheClosestKnownKey() throws IOException {
        Path file = writeFile("bridgehead.properties", "bridgehead.ews.connect.timeuot = 5s\nimap.port = 1\n");
        Settings settings = load(Optional.of(file), List.of("bridgehead.imap.prot=1144", "colour=blue"), Map.of());
        assertEquals(List.of(
                "bridgehead: unknown setting bridgehead.ews.connect.timeuot (from " + file
                        + ":1); did you mean bridgehead.ews.connect.timeout?",
                "bridgehead: unknown setting imap.port (from " + file + ":2); did you mean bridgehead.imap.port?",
                "bridgehead: unknown setting bridgehead.imap.prot (from --set); did you mean bridgehead.imap.port?",
                "bridgehead: unknown setting colour (from --set)"), settings.warnings());
        assertEquals(1143, settings.get(BridgeheadSettings.IMAP_PORT));
    }

    @Test
    void environmentVariablesMapUpperCaseWithUnderscores() {
        Settings settings = load(Optional.empty(), List.of(), Map.of(
                "BRIDGEHEAD_EWS_MAX_CONNECTIONS", "7",
                "BRIDGEHEAD_SIMULATOR_FAULT_RATE", "0.5",
                "BRIDGEHEAD_SESSION_IDLE_TIMEOUT", "5m"));
        assertEquals(7, settings.get(BridgeheadSettings.EWS_MAX_CONNECTIONS));
        assertEquals(0.5, settings.get(BridgeheadSettings.SIMULATOR_FAULT_RATE));
        assertEquals(Duration.ofMinutes(5), settings.get(BridgeheadSettings.SESSION_IDLE_TIMEOUT));
        assertEquals("environment BRIDGEHEAD_EWS_MAX_CONNECTIONS",
                sourceOf(settings, BridgeheadSettings.EWS_MAX_CONNECTIONS));
    }

    @Test
    void unknownBridgeheadVariablesWarnUnlessIgnoredAndOtherVariablesAreIgnored() {
        Map<String, String> environment = environment(Map.of(
                "BRIDGEHEAD_IMAP_PROT", "1",
                "BRIDGEHEAD_PASSWORD", "hunter2",
                "BRIDGEHEAD_CONFIG", "/etc/bridgehead.properties",
                "PATH", "/usr/bin",
                "bridgehead_imap_port", "1"));
        Settings settings = Settings.load(new SettingsSources(Optional.empty(), List.of(), environment)
                .ignoring(Set.of("BRIDGEHEAD_PASSWORD", "BRIDGEHEAD_CONFIG")));
        assertEquals(List.of("bridgehead: unknown setting BRIDGEHEAD_IMAP_PROT (from environment BRIDGEHEAD_IMAP_PROT)"
                + "; did you mean BRIDGEHEAD_IMAP_PORT (bridgehead.imap.port)?"), settings.warnings());
        assertEquals(1143, settings.get(BridgeheadSettings.IMAP_PORT));
    }

    @Test
    void aKeyRepeatedInTheFileWarnsAndTheLaterLineApplies() throws IOException {
        Path file = writeFile("bridgehead.properties", "bridgehead.imap.port=1\nbridgehead.imap.port=2\n");
        Settings settings = load(Optional.of(file), List.of(), Map.of());
        assertEquals(2, settings.get(BridgeheadSettings.IMAP_PORT));
        assertEquals(List.of("bridgehead: bridgehead.imap.port is set again (from " + file
                + ":2, first on line 1); the later value applies"), settings.warnings());
    }

    @Test
    void aTildeInTheFileExpandsToTheHomeDirectory() throws IOException {
        Path file = writeFile("bridgehead.properties", "bridgehead.cache.dir = ~/.bridgehead-cache\n");
        Settings settings = load(Optional.of(file), List.of(), Map.of());
        assertEquals(Path.of(System.getProperty("user.home"), ".bridgehead-cache"),
                settings.get(BridgeheadSettings.CACHE_DIR));
    }

    @Test
    void aFileThatIsNotUtf8IsReadAsLatin1() throws IOException {
        Path file = temp.resolve("latin1.properties");
        Files.write(file, "bridgehead.simulator.seed = d\u00e9mo\n".getBytes(StandardCharsets.ISO_8859_1));
        SettingsException failure = loadFails(Optional.of(file), List.of(), Map.of());
        assertEquals(List.of("bridgehead: invalid value 'd\u00e9mo' for bridgehead.simulator.seed (from " + file
                + ":1): expected demo or generated:USERS:FOLDERS[:INBOX_MESSAGES[:LARGE_MESSAGES]] such as "
                + "generated:1:50:10000:10"), failure.errors());
    }

    @Test
    void defaultConfigFileFollowsXdgConfigHome() {
        assertEquals(Path.of("/x/cfg/bridgehead/bridgehead.properties"),
                Settings.defaultConfigFile(Map.of("XDG_CONFIG_HOME", "/x/cfg")));
        Path fallback = Path.of(System.getProperty("user.home"), ".config", "bridgehead", "bridgehead.properties");
        assertEquals(fallback, Settings.defaultConfigFile(Map.of()));
        assertEquals(fallback, Settings.defaultConfigFile(Map.of("XDG_CONFIG_HOME", "relative/cfg")));
    }

    @Test
    void cacheDirectoryDefaultFollowsXdgCacheHome() {
        assertEquals("~/.cache/bridgehead", BridgeheadSettings.CACHE_DIR.defaultText());
        assertEquals("/x/cache/bridgehead",
                BridgeheadSettings.CACHE_DIR.defaultText(Map.of("XDG_CACHE_HOME", "/x/cache")));
        assertEquals(Path.of(System.getProperty("user.home"), ".cache", "bridgehead"),
                Settings.defaults().get(BridgeheadSettings.CACHE_DIR));
    }

    @Test
    void withOverridesOneSettingAndValidatesIt() {
        Settings defaults = Settings.defaults();
        Settings changed = defaults.with(BridgeheadSettings.IMAP_PORT, "0");
        assertEquals(0, changed.get(BridgeheadSettings.IMAP_PORT));
        assertEquals(1143, defaults.get(BridgeheadSettings.IMAP_PORT));
        assertEquals("--set", sourceOf(changed, BridgeheadSettings.IMAP_PORT));
        SettingsException failure = assertThrows(SettingsException.class,
                () -> defaults.with(BridgeheadSettings.EWS_RETRY_BACKOFF, "500"));
        assertEquals("bridgehead: invalid value '500' for bridgehead.ews.retry.backoff (from --set)"
                + ": expected a duration such as 250ms, 30s, 5m, 2h or 1d", failure.getMessage());
    }

    @Test
    void aSettingOutsideTheRegistryIsRefused() {
        Setting<Integer> stranger = Setting.port("other.port", 1, "not registered");
        assertThrows(IllegalArgumentException.class, () -> Settings.defaults().get(stranger));
        assertThrows(IllegalArgumentException.class, () -> Settings.defaults().with(stranger, "2"));
    }
}
