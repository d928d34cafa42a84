package org.bridgehead.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The settings options every command accepts. They are mixed into the top-level command and
 * into each subcommand, so they may come before or after the subcommand's name.
 */
final class GlobalOptions {

    @Option(names = "--config", paramLabel = "FILE",
            description = "Settings file (default: $XDG_CONFIG_HOME/bridgehead/bridgehead.properties).")
    private Path configFile;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Set one setting, e.g. --set bridgehead.imap.port=1143; repeatable, wins over file and environment.")
    private List<String> settings = new ArrayList<>();

    Optional<Path> configFile() {
        return Optional.ofNullable(configFile);
    }

    List<String> settings() {
        return List.copyOf(settings);
    }
}
