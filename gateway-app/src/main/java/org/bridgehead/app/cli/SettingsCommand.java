package org.bridgehead.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.bridgehead.app.LogLevels;
import org.bridgehead.app.gateway.PortInUseException;
import org.bridgehead.config.BridgeheadSettings;
import org.bridgehead.config.LogLevel;
import org.bridgehead.config.Settings;
import org.bridgehead.config.SettingsException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A subcommand that works from the settings: loads and validates them before anything else
 * happens (so a bad value never leaves a port open), then runs with them. Expected failures end
 * as one line on standard error and an exit code from {@link ExitCodes}.
 */
abstract class SettingsCommand implements Callable<Integer> {

    @ParentCommand
    private BridgeheadCommand bridgehead;

    @Mixin
    private GlobalOptions globalOptions;

    @Spec
    private CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        Settings settings;
        try {
            settings = bridgehead.loadSettings(globalOptions, impliedSettings());
        } catch (SettingsException e) {
            printLines(e.warnings());
            printLines(e.errors());
            return ExitCodes.INVALID_INPUT;
        }
        printLines(settings.warnings());
        LogLevels.apply(logLevel(settings.get(BridgeheadSettings.LOG_LEVEL)));
        try {
            return run(settings);
        } catch (CommandFailedException e) {
            return fail(e.exitCode(), e.getMessage());
        } catch (PortInUseException e) {
            return fail(ExitCodes.PORT_IN_USE, e.getMessage());
        }
    }

    /** "key=value" settings this command's own options stand for; they win over every other source. */
    List<String> impliedSettings() {
        return List.of();
    }

    /** The log level this command runs at, given the configured one. */
    LogLevel logLevel(LogLevel configured) {
        return configured;
    }

    /** Does the command's work with valid settings; returns the exit code. */
    abstract int run(Settings settings) throws Exception;

    BridgeheadCommand bridgehead() {
        return bridgehead;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Writes one status line to standard output at once, so scripts and tests see it while serving. */
    void say(String line) {
        out().println("bridgehead: " + line);
        out().flush();
    }

    /** Lines from the settings loader, which already start with "bridgehead: ". */
    private void printLines(List<String> lines) {
        lines.forEach(err()::println);
        err().flush();
    }

    private int fail(int exitCode, String message) {
        err().println("bridgehead: " + message);
        err().flush();
        return exitCode;
    }
}
