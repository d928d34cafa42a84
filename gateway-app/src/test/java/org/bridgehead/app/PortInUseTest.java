package org.bridgehead.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.bridgehead.app.cli.ExitCodes;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PortInUseTest {

    @TempDir
    Path home;

    @ParameterizedTest
    @ValueSource(strings = {"simulator", "demo"})
    void takenSimulatorPortIsOneLineNamingPortAndSetting(String subcommand) throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();

            CliResult result = InProcessCli.execute(Map.of("XDG_CONFIG_HOME", home.toString()),
                    subcommand, "--set", "bridgehead.simulator.port=" + port);

            assertEquals(ExitCodes.PORT_IN_USE, result.exitCode(), result::toString);
            assertEquals("bridgehead: port " + port + " on 127.0.0.1 is already in use; "
                    + "choose another with --set bridgehead.simulator.port=PORT\n", result.err());
            assertEquals("", result.out());
        }
    }
}
