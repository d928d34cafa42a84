package org.bridgehead.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.bridgehead.app.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigCommandTest {

    @TempDir
    Path home;

    @Test
    void setWinsOverEnvironmentWhichWinsOverFile() throws IOException {
        Path file = home.resolve("bridgehead.properties");
        Files.writeString(file, """
                bridgehead.imap.port = 2001
                bridgehead.smtp.port = 2002
                bridgehead.ldap.port = 2003
                """);
        Map<String, String> environment = Map.of(
                "XDG_CONFIG_HOME", home.toString(),
                "BRIDGEHEAD_SMTP_PORT", "3002",
                "BRIDGEHEAD_LDAP_PORT", "3003");

        CliResult result = InProcessCli.execute(environment,
                "config", "--config", file.toString(), "--set", "bridgehead.ldap.port=4003");

        assertEquals(ExitCodes.OK, result.exitCode(), result::toString);
        assertSettingLine(result.out(), "bridgehead.imap.port", "2001", "file " + file + ":1");
        assertSettingLine(result.out(), "bridgehead.smtp.port", "3002", "environment BRIDGEHEAD_SMTP_PORT");
        assertSettingLine(result.out(), "bridgehead.ldap.port", "4003", "--set");
        assertSettingLine(result.out(), "bridgehead.caldav.port", "1080", "default");
    }

    @Test
    void setAfterTheSubcommandWinsOverSetBeforeIt() {
        CliResult result = InProcessCli.execute(Map.of("XDG_CONFIG_HOME", home.toString()),
                "--set", "bridgehead.imap.port=2001", "config", "--set", "bridgehead.imap.port=2002");

        assertEquals(ExitCodes.OK, result.exitCode(), result::toString);
        assertSettingLine(result.out(), "bridgehead.imap.port", "2002", "--set");
    }

    @Test
    void invalidEnvironmentValueIsReportedWithItsVariable() {
        CliResult result = InProcessCli.execute(
                Map.of("XDG_CONFIG_HOME", home.toString(), "BRIDGEHEAD_SMTP_PORT", "lots"), "config");

        assertEquals(ExitCodes.INVALID_INPUT, result.exitCode(), result::toString);
        assertTrue(result.err().contains("'lots'") && result.err().contains("bridgehead.smtp.port")
                && result.err().contains("environment BRIDGEHEAD_SMTP_PORT"), result::toString);
        assertEquals("", result.out());
    }

    @Test
    void invalidSettingStopsDemoBeforeTheSimulatorStarts() {
        CliResult result = InProcessCli.execute(Map.of("XDG_CONFIG_HOME", home.toString()),
                "demo", "--set", "bridgehead.simulator.port=0", "--set", "bridgehead.simulator.smtp.port=0", "--set", "bridgehead.imap.port=99999");

        assertEquals(ExitCodes.INVALID_INPUT, result.exitCode(), result::toString);
        assertTrue(result.err().contains("invalid value '99999' for bridgehead.imap.port (from --set)"),
                result::toString);
        assertFalse(result.out().contains("simulator ews on"), result::toString);
    }

    @Test
    void passwordAndJavaOptionVariablesAreNotMistakenForUnknownSettings() {
        CliResult result = InProcessCli.execute(Map.of(
                "XDG_CONFIG_HOME", home.toString(),
                "BRIDGEHEAD_PASSWORD", "demo",
                "BRIDGEHEAD_JAVA_OPTS", "-Xmx256m",
                "BRIDGEHEAD_IMAP_PROT", "1143"), "config");

        assertEquals(ExitCodes.OK, result.exitCode(), result::toString);
        assertTrue(result.err().contains("BRIDGEHEAD_IMAP_PROT"), result::toString);
        assertFalse(result.err().contains("BRIDGEHEAD_PASSWORD"), result::toString);
        assertFalse(result.err().contains("BRIDGEHEAD_JAVA_OPTS"), result::toString);
    }

    private static void assertSettingLine(String report, String key, String value, String source) {
        Pattern line = Pattern.compile("(?m)^" + Pattern.quote(key) + " +=\\s+" + Pattern.quote(value)
                + " +# " + Pattern.quote(source) + "$");
        assertTrue(line.matcher(report).find(), () -> "no line '" + key + " = " + value + " # " + source
                + "' in:\n" + report);
    }
}
