package org.bridgehead.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SettingKindsTest {

    private static final Setting<Integer> PORT = Setting.port("test.port", 1143, "a port");
    private static final Setting<Integer> COUNT = Setting.integer("test.count", 3, 1, 10, "a count");
    private static final Setting<Boolean> FLAG = Setting.bool("test.flag", false, "a flag");
    private static final Setting<Duration> WAIT = Setting.duration("test.wait", "0s", "a wait");
    private static final Setting<Duration> TIMEOUT = Setting.positiveDuration("test.timeout", "10s", "a timeout");
    private static final Setting<Double> RATE = Setting.decimal("test.rate", 0.0, 0.0, 1.0, "a rate");
    private static final Setting<Path> DIR = Setting.path("test.dir", "/tmp", "a directory");
    private static final Setting<URI> ENDPOINT = Setting.url("test.endpoint", "http://localhost/", "an endpoint");
    private static final Setting<Optional<URI>> OPTIONAL_ENDPOINT = Setting.optionalUrl("test.optional", "maybe");
    private static final Setting<LogLevel> LEVEL = Setting.choice("test.level", LogLevel.INFO, "a level");
    private static final Setting<String> SEED = Setting.matching("test.seed", "demo", "demo|generated:\\d+",
            "demo or generated:N", "a seed");

    private static String errorOf(Setting<?> setting, String text) {
        return assertThrows(InvalidValueException.class, () -> setting.parse(text)).getMessage();
    }

    @Test
    void portAcceptsZeroToMaximumAndIgnoresSurroundingSpace() {
        assertEquals(0, PORT.parse("0"));
        assertEquals(65535, PORT.parse("65535"));
        assertEquals(1143, PORT.parse(" 1143 "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-1", "65536", "", "1.5", "99999999999999999999"})
    void portRejectsAnythingOutsideZeroTo65535(String text) {
        assertEquals("expected a port number 0-65535", errorOf(PORT, text));
    }

    @Test
    void integerEnforcesItsRange() {
        assertEquals(10, COUNT.parse("10"));
        assertEquals("expected a whole number 1-10", errorOf(COUNT, "0"));
        assertEquals("expected a whole number 1-10", errorOf(COUNT, "11"));
        assertEquals("expected a whole number 1-10", errorOf(COUNT, "three"));
    }

    @ParameterizedTest
    @CsvSource({"true,true", "yes,true", "on,true", "ON,true", "false,false", "no,false", "off,false"})
    void booleanAcceptsTheSixWords(String text, boolean expected) {
        assertEquals(expected, FLAG.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "0", "y", "enabled", ""})
    void booleanRejectsEverythingElse(String text) {
        assertEquals("expected true/false, yes/no or on/off", errorOf(FLAG, text));
    }

    @ParameterizedTest
    @CsvSource({"250ms,PT0.25S", "30s,PT30S", "5m,PT5M", "2h,PT2H", "1d,PT24H", "0s,PT0S"})
    void durationNeedsAUnit(String text, String expected) {
        assertEquals(Duration.parse(expected), WAIT.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"30", "30 s", "5min", "-5s", "1.5s", "s", "", "999999999999999d"})
    void durationRejectsBareNumbersAndOtherFormsNamingTheExpectedFormat(String text) {
        assertEquals("expected a duration such as 250ms, 30s, 5m, 2h or 1d", errorOf(WAIT, text));
    }

    @Test
    void positiveDurationRejectsZero() {
        assertEquals("expected a positive duration such as 250ms, 30s, 5m, 2h or 1d", errorOf(TIMEOUT, "0ms"));
        assertEquals(Duration.ofMillis(1), TIMEOUT.parse("1ms"));
    }

    @Test
    void decimalEnforcesItsRange() {
        assertEquals(0.25, RATE.parse("0.25"));
        assertEquals(1.0, RATE.parse("1"));
        assertEquals(0.5, RATE.parse(".5"));
        assertEquals("expected a number 0.0-1.0", errorOf(RATE, "1.5"));
        assertEquals("expected a number 0.0-1.0", errorOf(RATE, "-0.1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "1e-3", "0x1p-2", "0.5d", "half"})
    void decimalRejectsJavaSpecialForms(String text) {
        assertEquals("expected a number 0.0-1.0", errorOf(RATE, text));
    }

    @Test
    void pathExpandsTildeToTheHomeDirectory() {
        Path home = Path.of(System.getProperty("user.home"));
        assertEquals(home, DIR.parse("~"));
        assertEquals(home.resolve("mail/cache"), DIR.parse("~/mail/cache"));
        assertEquals(Path.of("/var/tmp/bridgehead"), DIR.parse("/var/tmp/./bridgehead"));
        assertEquals(Path.of("relative~/x"), DIR.parse("relative~/x"));
    }

    @Test
    void pathRejectsEmptyAndNulCharacters() {
        assertEquals("expected a file system path", errorOf(DIR, ""));
        assertEquals("expected a file system path", errorOf(DIR, "/tmp/a\0b"));
    }

    @Test
    void urlAcceptsOnlyAbsoluteHttpAndHttps() {
        assertEquals(URI.create("https://mail.example.com/EWS/Exchange.asmx"),
                ENDPOINT.parse("https://mail.example.com/EWS/Exchange.asmx"));
        assertEquals(URI.create("http://127.0.0.1:1180/EWS/Exchange.asmx"),
                ENDPOINT.parse("http://127.0.0.1:1180/EWS/Exchange.asmx"));
        for (String wrong : new String[] {"ftp://mail.example.com/", "/EWS/Exchange.asmx", "mail.example.com",
                "https://", "http://exa mple.com/", ""}) {
            assertEquals("expected an absolute http:// or https:// URL", errorOf(ENDPOINT, wrong), wrong);
        }
    }

    @Test
    void optionalUrlTreatsEmptyAsNotConfigured() {
        assertEquals(Optional.empty(), OPTIONAL_ENDPOINT.parse(""));
        assertEquals(Optional.of(URI.create("https://mail.example.com/EWS/Exchange.asmx")),
                OPTIONAL_ENDPOINT.parse("https://mail.example.com/EWS/Exchange.asmx"));
        assertEquals("expected an absolute http:// or https:// URL, or nothing", errorOf(OPTIONAL_ENDPOINT, "x"));
    }

    @Test
    void choiceListsTheAllowedValues() {
        assertEquals(LogLevel.DEBUG, LEVEL.parse("debug"));
        assertEquals(LogLevel.WARN, LEVEL.parse("WARN"));
        assertEquals("expected one of error, warn, info, debug, trace", errorOf(LEVEL, "verbose"));
        assertEquals("info", LEVEL.defaultText());
    }

    @Test
    void matchingTextSaysWhatWasExpected() {
        assertEquals("generated:10", SEED.parse("generated:10"));
        assertEquals("expected demo or generated:N", errorOf(SEED, "generated:ten"));
    }

    @Test
    void stringAcceptsAnythingIncludingNothing() {
        Setting<String> name = Setting.string("test.name", "", "a name");
        assertEquals("", name.parse(""));
        assertEquals("a b=c", name.parse("a b=c"));
    }

    @Test
    void anInvalidDefaultIsRejectedWhenDeclared() {
        IllegalArgumentException declared = assertThrows(IllegalArgumentException.class,
                () -> Setting.duration("test.broken", "30", "broken"));
        assertTrue(declared.getMessage().contains("test.broken"), declared.getMessage());
    }

    @Test
    void keysMustBeLowerCaseDottedWords() {
        assertThrows(IllegalArgumentException.class, () -> Setting.string("Test.Key", "", "bad"));
        assertThrows(IllegalArgumentException.class, () -> Setting.string("test..key", "", "bad"));
        assertEquals("TEST_SOME_KEY_NAME", Setting.string("test.some-key.name", "", "ok").environmentVariable());
    }
}
