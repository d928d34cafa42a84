package org.bridgehead.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bridgehead.app.cli.ExitCodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bridgehead check} against {@code bridgehead simulator} running in its own process. */
class CheckAgainstSimulatorTest {

    private static final String SIMULATOR_LINE = "bridgehead: simulator ews on ";

    @TempDir
    static Path home;

    private static BridgeheadProcess simulator;
    private static String ewsUrl;

    @BeforeAll
    static void startSimulator() throws Exception {
        simulator = BridgeheadProcess.start(home, "simulator", "--set", "bridgehead.simulator.port=0", "--set", "bridgehead.simulator.smtp.port=0");
        ewsUrl = simulator.awaitLine(SIMULATOR_LINE).substring(SIMULATOR_LINE.length());
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @Test
    void simulatorAnnouncesItsEwsEndpoint() {
        assertTrue(ewsUrl.matches("http://127\\.0\\.0\\.1:\\d+/EWS/Exchange\\.asmx"), ewsUrl);
    }

    @Test
    void demoUserSignsInAndSeesServerVersionAddressAndFolders() throws IOException {
        CliResult result = check(Map.of(), "--password-file", passwordFile("demo\n").toString());

        assertEquals(ExitCodes.OK, result.exitCode(), result::toString);
        assertTrue(result.out().matches("(?s)server:  Exchange \\d+\\.\\d+\\.\\d+\\.\\d+ \\(\\S+\\)\n.*"),
                result::toString);
        assertTrue(result.out().contains("\naddress: alice@example.com\n"), result::toString);
        Matcher folders = Pattern.compile("\nfolders: (\\d+)\n").matcher(result.out());
        assertTrue(folders.find(), result::toString);
        assertTrue(Integer.parseInt(folders.group(1)) > 0, result::toString);
    }

    @Test
    void passwordComesFromTheEnvironmentWithoutAFile() {
        CliResult result = check(Map.of("BRIDGEHEAD_PASSWORD", "demo"));

        assertEquals(ExitCodes.OK, result.exitCode(), result::toString);
        assertTrue(result.out().contains("address: alice@example.com"), result::toString);
    }

    @Test
    void wrongPasswordIsOneLineSayingAuthenticationFailed() throws IOException {
        CliResult result = check(Map.of(), "--password-file", passwordFile("not-the-password\n").toString());

        assertEquals(ExitCodes.AUTHENTICATION_FAILED, result.exitCode(), result::toString);
        assertEquals("bridgehead: authentication failed for alice@example.com", result.err().strip());
        assertEquals("", result.out());
    }

    @Test
    void missingPasswordFileIsReportedWithoutTrace() {
        CliResult result = check(Map.of(), "--password-file", home.resolve("absent").toString());

        assertEquals(ExitCodes.INVALID_INPUT, result.exitCode(), result::toString);
        assertTrue(result.err().startsWith("bridgehead: cannot read password file "), result::toString);
        assertFalse(result.err().contains("\tat "), result::toString);
    }

    @Test
    void withoutPasswordSourceOrTerminalTheCheckSaysHowToGiveOne() {
        CliResult result = check(Map.of());

        assertEquals(ExitCodes.INVALID_INPUT, result.exitCode(), result::toString);
        assertTrue(result.err().contains("no password for alice@example.com"), result::toString);
        assertTrue(result.err().contains("--password-file"), result::toString);
    }

    private static CliResult check(Map<String, String> extraEnvironment, String... options) {
        Map<String, String> environment = new HashMap<>(extraEnvironment);
        environment.put("XDG_CONFIG_HOME", home.toString());
        List<String> args = new ArrayList<>(List.of("check", "--url=" + ewsUrl, "--user", "alice@example.com"));
        args.addAll(List.of(options));
        return InProcessCli.execute(environment, args.toArray(String[]::new));
    }

    private static Path passwordFile(String content) throws IOException {
        Path file = Files.createTempFile(home, "password", ".txt");
        Files.writeString(file, content);
        return file;
    }
}
