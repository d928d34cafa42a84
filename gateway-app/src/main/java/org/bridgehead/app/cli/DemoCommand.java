package org.bridgehead.app.cli;

import org.bridgehead.app.lifecycle.RunningServices;
import org.bridgehead.app.simulator.SimulatorLauncher;
import org.bridgehead.config.BridgeheadSettings;
import org.bridgehead.config.Settings;
import org.bridgehead.simulator.EwsSimulator;
import org.bridgehead.simulator.seed.DemoDataSet;
import picocli.CommandLine.Command;

/** {@code bridgehead demo}: the simulator with demo mailboxes and the gateway in front of it. */
@Command(name = "demo",
        description = "Run the EWS simulator with demo mailboxes and the gateway against it, until stopped.")
final class DemoCommand extends SettingsCommand {

    @Override
    int run(Settings settings) throws Exception {
        RunningServices running = new RunningServices(out());
        try {
            EwsSimulator simulator = SimulatorLauncher.start(settings, DemoDataSet.create());
            running.add(simulator);
            SimulatorLauncher.announcements(simulator).forEach(this::say);
            Settings againstSimulator = settings.with(BridgeheadSettings.EWS_URL, simulator.ewsUrl().toString());
            running.add(GatewayStartup.start(againstSimulator, this::say));
        } catch (Exception e) {
            running.close();
            throw e;
        }
        say("log in as alice@example.com with password " + DemoDataSet.PASSWORD);
        running.awaitShutdown();
        return ExitCodes.OK;
    }
}
