package org.bridgehead.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.bridgehead.app.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatorSeedTest {

    @TempDir
    Path home;

    @Test
    void seedOptionIsCheckedLikeTheSetting() {
        CliResult result = InProcessCli.execute(Map.of("XDG_CONFIG_HOME", home.toString()),
                "simulator", "--seed", "lots", "--set", "bridgehead.simulator.port=0", "--set", "bridgehead.simulator.smtp.port=0");

        assertEquals(ExitCodes.INVALID_INPUT, result.exitCode(), result::toString);
        assertTrue(result.err().contains("invalid value 'lots' for bridgehead.simulator.seed"), result::toString);
    }

    @Test
    void seedBeyondTheDataSetLimitsIsOneLineNamingTheSetting() {
        CliResult result = InProcessCli.execute(Map.of("XDG_CONFIG_HOME", home.toString()),
                "simulator", "--seed", "generated:999999:1", "--set", "bridgehead.simulator.port=0", "--set", "bridgehead.simulator.smtp.port=0");

        assertEquals(ExitCodes.INVALID_INPUT, result.exitCode(), result::toString);
        assertTrue(result.err().startsWith("bridgehead: invalid bridgehead.simulator.seed: "), result::toString);
        assertEquals(1, result.err().lines().count(), result::toString);
    }
}
