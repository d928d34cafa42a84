package org.bridgehead.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.bridgehead.config.Settings;
import org.bridgehead.config.SettingsException;
import org.bridgehead.config.SettingsSources;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code bridgehead} command: its subcommands, and the settings they all share. */
@Command(name = "bridgehead",
        scope = ScopeType.INHERIT, // every subcommand has --help and --version too
        mixinStandardHelpOptions = true,
        versionProvider = BridgeheadVersion.class,
        description = "A local gateway between standard mail clients and Microsoft Exchange (EWS).",
        subcommands = {
            RunCommand.class,
            DemoCommand.class,
            SimulatorCommand.class,
            CheckCommand.class,
            LoginCommand.class,
            ConfigCommand.class,
            CertCommand.class
        })
public final class BridgeheadCommand implements Callable<Integer> {

    /** The password for {@code bridgehead check} when no file is given. */
    static final String PASSWORD_VARIABLE = "BRIDGEHEAD_PASSWORD";
    /** JVM options the launcher script passes to java; not a setting. */
    private static final String JAVA_OPTIONS_VARIABLE = "BRIDGEHEAD_JAVA_OPTS";

    @Mixin
    private GlobalOptions globalOptions;

    @Spec
    private CommandSpec spec;

    private final Map<String, String> environment;

    private BridgeheadCommand(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /**
     * The command line, ready to {@link CommandLine#execute execute}.
     *
     * @param environment the process environment: settings variables and BRIDGEHEAD_PASSWORD
     */
    public static CommandLine commandLine(Map<String, String> environment) {
        CommandLine commandLine = new CommandLine(new BridgeheadCommand(environment));
        commandLine.setExecutionExceptionHandler(new UnexpectedFailureHandler());
        return commandLine;
    }

    /** Without a subcommand there is nothing to do: show what there is. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.INVALID_INPUT;
    }

    Map<String, String> environment() {
        return environment;
    }

    /**
     * Loads the settings from the options given before the subcommand, then those after it, then
     * the ones the subcommand's own options imply; later ones win.
     */
    Settings loadSettings(GlobalOptions afterSubcommand, List<String> implied) throws SettingsException {
        List<String> assignments = new ArrayList<>(globalOptions.settings());
        assignments.addAll(afterSubcommand.settings());
        assignments.addAll(implied);
        Optional<Path> configFile = afterSubcommand.configFile().or(globalOptions::configFile);
        return Settings.load(new SettingsSources(configFile, assignments, environment)
                .ignoring(Set.of(PASSWORD_VARIABLE, JAVA_OPTIONS_VARIABLE)));
    }
}
