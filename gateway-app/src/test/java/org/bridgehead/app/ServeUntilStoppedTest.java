package org.bridgehead.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.bridgehead.app.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serving commands, each in its own process: what they announce, and their stop on SIGTERM. */
class ServeUntilStoppedTest {

    private static final String SIMULATOR_LINE = "bridgehead: simulator ews on ";

    @TempDir
    Path home;

    @Test
    void stoppedSimulatorIsReportedUnreachable() throws Exception {
        String ewsUrl;
        try (BridgeheadProcess simulator = BridgeheadProcess.start(home,
                "simulator", "--seed", "demo", "--set", "bridgehead.simulator.port=0")) {
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
        try (BridgeheadProcess demo = BridgeheadProcess.start(home, "demo", "--set", "bridgehead.simulator.port=0",
                "--set", "bridgehead.imap.port=0", "--set", "bridgehead.smtp.port=0",
                "--set", "bridgehead.ldap.port=0", "--set", "bridgehead.caldav.port=0")) {
            String ewsUrl = demo.awaitLine(SIMULATOR_LINE).substring(SIMULATOR_LINE.length());
            demo.awaitLine("bridgehead: gateway for " + ewsUrl + " ready");
            demo.awaitLine("bridgehead: log in as alice@example.com with password demo");

            CliResult check = InProcessCli.execute(
                    Map.of("XDG_CONFIG_HOME", home.toString(), "BRIDGEHEAD_PASSWORD", "demo"),
                    "check", "--url", ewsUrl, "--user", "alice@example.com");
            assertEquals(ExitCodes.OK, check.exitCode(), check::toString);

            assertTrue(demo.terminate().contains("bridgehead: stopped"));
        }
    }

    @Test
    void runAnnouncesTheGatewayForTheConfiguredExchangeUntilSigterm() throws Exception {
        String ewsUrl = "http://127.0.0.1:9/EWS/Exchange.asmx";
        try (BridgeheadProcess run = BridgeheadProcess.start(home, "--set", "bridgehead.ews.url=" + ewsUrl, "run")) {
            assertEquals("bridgehead: gateway for " + ewsUrl + " ready (no protocol listeners in this build)",
                    run.awaitLine("bridgehead: gateway for "));

            assertTrue(run.terminate().contains("bridgehead: stopped"));
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
