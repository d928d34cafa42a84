package org.bridgehead.app.cli;

import java.util.List;
import org.bridgehead.app.lifecycle.RunningServices;
import org.bridgehead.app.simulator.SimulatorLauncher;
import org.bridgehead.config.BridgeheadSettings;
import org.bridgehead.config.Settings;
import org.bridgehead.simulator.EwsSimulator;
import org.bridgehead.simulator.seed.Seeds;
import org.bridgehead.simulator.store.SimulatorStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bridgehead simulator}: the EWS stand-in alone, for trying clients and for tests. */
@Command(name = "simulator",
        description = "Run the EWS simulator alone, until stopped (Ctrl-C or SIGTERM).")
final class SimulatorCommand extends SettingsCommand {

    @Option(names = "--seed", paramLabel = "SPEC",
            description = "Mailboxes to serve: demo, or generated:USERS:FOLDERS (default: bridgehead.simulator.seed).")
    private String seed;

    @Override
    List<String> impliedSettings() {
        return seed == null ? List.of() : List.of(BridgeheadSettings.SIMULATOR_SEED.key() + "=" + seed);
    }

    @Override
    int run(Settings settings) throws Exception {
        SimulatorStore store = seededStore(settings.get(BridgeheadSettings.SIMULATOR_SEED));
        RunningServices running = new RunningServices(out());
        try {
            EwsSimulator simulator = SimulatorLauncher.start(settings, store);
            running.add(simulator);
            SimulatorLauncher.announcements(simulator).forEach(this::say);
        } catch (Exception e) {
            running.close();
            throw e;
        }
        running.awaitShutdown();
        return ExitCodes.OK;
    }

    /** The settings check the seed's shape; the data set itself limits its sizes. */
    private static SimulatorStore seededStore(String seed) throws CommandFailedException {
        try {
            return Seeds.parse(seed);
        } catch (IllegalArgumentException e) {
            throw new CommandFailedException(ExitCodes.INVALID_INPUT,
                    "invalid " + BridgeheadSettings.SIMULATOR_SEED.key() + ": " + e.getMessage());
        }
    }
}
