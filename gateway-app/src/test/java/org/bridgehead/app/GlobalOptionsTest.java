package org.bridgehead.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bridgehead.app.cli.ExitCodes;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every subcommand reads --config and --set, written before or after its name. An invalid value
 * makes each one stop before it starts anything, which shows the option reached the settings.
 */
class GlobalOptionsTest {

    private static final String INVALID_LEVEL = "bridgehead.log.level=loud";

    @TempDir
    Path home;

    @ParameterizedTest
    @ValueSource(strings = {"run", "demo", "simulator", "check", "config"})
    void setBeforeTheSubcommandReachesTheSettings(String subcommand) {
        CliResult result = execute(List.of("--set", INVALID_LEVEL), subcommand, List.of());

        assertInvalidLevelFrom("--set", result);
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "demo", "simulator", "check", "config"})
    void setAfterTheSubcommandReachesTheSettings(String subcommand) {
        CliResult result = execute(List.of(), subcommand, List.of("--set", INVALID_LEVEL));

        assertInvalidLevelFrom("--set", result);
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "demo", "simulator", "check", "config"})
    void configFileBeforeTheSubcommandIsRead(String subcommand) throws IOException {
        Path file = settingsFileWithInvalidLevel();

        CliResult result = execute(List.of("--config", file.toString()), subcommand, List.of());

        assertInvalidLevelFrom(file + ":1", result);
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "demo", "simulator", "check", "config"})
    void configFileAfterTheSubcommandIsRead(String subcommand) throws IOException {
        Path file = settingsFileWithInvalidLevel();

        CliResult result = execute(List.of(), subcommand, List.of("--config", file.toString()));

        assertInvalidLevelFrom(file + ":1", result);
    }

    private Path settingsFileWithInvalidLevel() throws IOException {
        Path file = home.resolve("bridgehead.properties");
        Files.writeString(file, INVALID_LEVEL + "\n");
        return file;
    }

    private CliResult execute(List<String> before, String subcommand, List<String> after) {
        List<String> args = new ArrayList<>(before);
        args.add(subcommand);
        if (subcommand.equals("check")) {
            args.addAll(List.of("--user", "alice@example.com"));
        }
        args.addAll(after);
        return InProcessCli.execute(Map.of("XDG_CONFIG_HOME", home.toString()), args.toArray(String[]::new));
    }

    private static void assertInvalidLevelFrom(String origin, CliResult result) {
        assertEquals(ExitCodes.INVALID_INPUT, result.exitCode(), result::toString);
        assertTrue(result.err().contains("invalid value 'loud' for bridgehead.log.level (from " + origin + ")"),
                result::toString);
    }
}
