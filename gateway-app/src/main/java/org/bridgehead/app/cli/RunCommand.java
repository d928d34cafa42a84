package org.bridgehead.app.cli;

import org.bridgehead.app.lifecycle.RunningServices;
import org.bridgehead.config.Settings;
import picocli.CommandLine.Command;

/** {@code bridgehead run}: the gateway against the configured Exchange server. */
@Command(name = "run",
        description = "Run the gateway against bridgehead.ews.url, until stopped (Ctrl-C or SIGTERM).")
final class RunCommand extends SettingsCommand {

    @Override
    int run(Settings settings) throws Exception {
        RunningServices running = new RunningServices(out());
        try {
            running.add(GatewayStartup.start(settings, this::say));
        } catch (Exception e) {
            running.close();
            throw e;
        }
        running.awaitShutdown();
        return ExitCodes.OK;
    }
}
