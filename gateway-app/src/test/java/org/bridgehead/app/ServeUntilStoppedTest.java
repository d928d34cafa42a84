package org.bridgehead.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bridgehead.app.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serving commands, each in its own process: what they announce, and their stop on SIGTERM. */
class ServeUntilStoppedTest {

    private static final String SIMULATOR_LINE = "bridgehead: simulator ews on ";
    private static final String IMAP_LINE = "bridgehead: imap listening on 127.0.0.1:";

    /** The announced IMAP listener answers with an IMAP greeting. */
    private static void assertImapGreets(String announcement) throws IOException {
        int port = Integer.parseInt(announcement.substring(IMAP_LINE.length()));
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            String greeting = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            assertTrue(greeting.startsWith("* OK "), greeting);
        }
    }

    @TempDir
    Path home;

    @Test
    void stoppedSimulatorIsReportedUnreachable() throws Exception {
        String ewsUrl;
        try (BridgeheadProcess simulator = BridgeheadProcess.start(home,
                "simulator", "--seed", "demo", "--set", "bridgehead.simulator.port=0", "--set", "bridgehead.simulator.smtp.port=0")) {
            ewsUrl = simulator.awaitLine(SIMULATOR_LINE).substring(SIMULATOR_LINE.length());
            assertTrue(simulator.terminate().contains("bridgehead: stopped"));
        }

        CliResult result = InProcessCli.execute(Map.of("XDG_CONFIG_HOME", home.toString(), "BRIDGEHEAD_PASSWORD", "demo"),
                "check", "--url", ewsUrl, "--user", "alice@example.com",
                "--set", "bridgehead.ews.retries=0", "--set", "bridgehead.ews.connect.timeout=5s");

        assertEquals(ExitCodes.SERVER_UNAVAILABLE, result.exitCode(), result::toString);
        assertTrue(result.err().startsWith("bridgehead: server unreachable: " + ewsUrl + " ("), result::toString);
        assertEquals(1, result.err().lines().count(), result::toString);
    }

    @Test
    void demoServesTheSimulatorAndTheGatewayUntilSigterm() throws Exception {
        try (BridgeheadProcess demo = BridgeheadProcess.start(home, "demo", "--set", "bridgehead.simulator.port=0", "--set", "bridgehead.simulator.smtp.port=0",
                "--set", "bridgehead.imap.port=0", "--set", "bridgehead.smtp.port=0",
                "--set", "bridgehead.ldap.port=0", "--set", "bridgehead.caldav.port=0")) {
            String ewsUrl = demo.awaitLine(SIMULATOR_LINE).substring(SIMULATOR_LINE.length());
            assertImapGreets(demo.awaitLine(IMAP_LINE));
            demo.awaitLine("bridgehead: ldap listening on 127.0.0.1:");
            demo.awaitLine("bridgehead: caldav listening on 127.0.0.1:");
            demo.awaitLine("bridgehead: log in as alice@example.com with password demo");

            CliResult check = InProcessCli.execute(
                    Map.of("XDG_CONFIG_HOME", home.toString(), "BRIDGEHEAD_PASSWORD", "demo"),
                    "check", "--url", ewsUrl, "--user", "alice@example.com");
            assertEquals(ExitCodes.OK, check.exitCode(), check::toString);

            assertTrue(demo.terminate().contains("bridgehead: stopped"));
        }
    }

    @Test
    void runAnnouncesTheGatewayForTheConfiguredExchangeUntilSigtermWithoutTheListenersSwitchedOff() throws Exception {
        String ewsUrl = "http://127.0.0.1:9/EWS/Exchange.asmx";
        try (BridgeheadProcess run = BridgeheadProcess.start(home, "--set", "bridgehead.ews.url=" + ewsUrl, "run",
                "--set", "bridgehead.imap.port=0", "--set", "bridgehead.smtp.port=0",
                "--set", "bridgehead.ldap.port=0", "--set", "bridgehead.ldap.enabled=false", "--set", "bridgehead.caldav.port=0")) {
            assertImapGreets(run.awaitLine(IMAP_LINE));
            run.awaitLine("bridgehead: smtp listening on 127.0.0.1:");

            List<String> rest = run.terminate();
            assertTrue(rest.contains("bridgehead: stopped"), rest::toString);
            assertTrue(rest.stream().noneMatch(line -> line.startsWith("bridgehead: ldap")), rest::toString);
        }
    }

    @Test
    void runWithoutAnExchangeEndpointSaysWhichSettingIsMissing() {
        CliResult result = InProcessCli.execute(Map.of("XDG_CONFIG_HOME", home.toString()), "run");

        assertEquals(ExitCodes.INVALID_INPUT, result.exitCode(), result::toString);
        assertTrue(result.err().startsWith("bridgehead: bridgehead.ews.url is not set;"), result::toString);
        assertEquals("", result.out());
    }
}
