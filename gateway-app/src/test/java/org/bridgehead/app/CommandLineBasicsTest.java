package org.bridgehead.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.bridgehead.app.cli.ExitCodes;
import org.junit.jupiter.api.Test;

class CommandLineBasicsTest {

    private static final Map<String, String> NO_ENVIRONMENT = Map.of();

    @Test
    void versionNamesTheBuild() {
        CliResult result = InProcessCli.execute(NO_ENVIRONMENT, "--version");

        assertEquals(ExitCodes.OK, result.exitCode(), result::toString);
        assertTrue(result.out().matches("bridgehead \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R"), result::toString);
    }

    @Test
    void helpListsEverySubcommand() {
        CliResult result = InProcessCli.execute(NO_ENVIRONMENT, "--help");

        assertEquals(ExitCodes.OK, result.exitCode(), result::toString);
        for (String subcommand : new String[] {"run", "demo", "simulator", "check", "config"}) {
            assertTrue(result.out().contains("\n  " + subcommand + " "), () -> subcommand + " missing:\n" + result);
        }
    }

    @Test
    void subcommandHelpShowsItsOwnAndTheSettingsOptions() {
        CliResult result = InProcessCli.execute(NO_ENVIRONMENT, "check", "--help");

        assertEquals(ExitCodes.OK, result.exitCode(), result::toString);
        assertTrue(result.out().contains("--password-file"), result::toString);
        assertTrue(result.out().contains("--set"), result::toString);
        assertTrue(result.out().contains("--config"), result::toString);
    }

    @Test
    void withoutSubcommandTheUsageGoesToStandardErrorAsAnError() {
        CliResult result = InProcessCli.execute(NO_ENVIRONMENT);

        assertEquals(ExitCodes.INVALID_INPUT, result.exitCode(), result::toString);
        assertTrue(result.err().startsWith("Usage: bridgehead"), result::toString);
    }

    @Test
    void checkWithoutUserIsAUsageError() {
        CliResult result = InProcessCli.execute(NO_ENVIRONMENT, "check");

        assertEquals(ExitCodes.INVALID_INPUT, result.exitCode(), result::toString);
        assertTrue(result.err().contains("--user"), result::toString);
    }
}
