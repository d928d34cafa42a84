package org.bridgehead.app.cli;

import org.bridgehead.config.Settings;
import org.bridgehead.config.SettingsReport;
import picocli.CommandLine.Command;

/** {@code bridgehead config}: the settings in force and where each value came from. */
@Command(name = "config",
        description = "Show the effective settings and where each value comes from.")
final class ConfigCommand extends SettingsCommand {

    @Override
    int run(Settings settings) {
        out().print(SettingsReport.format(settings));
        out().flush();
        return ExitCodes.OK;
    }
}
