package org.bridgehead.app.simulator;

import java.io.UncheckedIOException;
import java.net.BindException;
import org.bridgehead.app.gateway.PortInUseException;
import org.bridgehead.config.BridgeheadSettings;
import org.bridgehead.config.Settings;
import org.bridgehead.simulator.AuthScheme;
import org.bridgehead.simulator.EwsSimulator;
import org.bridgehead.simulator.SimulatorOptions;
import org.bridgehead.simulator.ews.EwsOperations;
import org.bridgehead.simulator.store.SimulatorStore;

/** Starts the EWS simulator as the {@code bridgehead.simulator.*} settings describe. */
public final class SimulatorLauncher {

    private SimulatorLauncher() {
    }

    /**
     * @param store the mailboxes to serve
     * @throws PortInUseException when {@code bridgehead.simulator.port} is taken
     */
    public static EwsSimulator start(Settings settings, SimulatorStore store) throws PortInUseException {
        SimulatorOptions options = SimulatorOptions.builder()
                .bindAddress(settings.get(BridgeheadSettings.SIMULATOR_BIND))
                .port(settings.get(BridgeheadSettings.SIMULATOR_PORT))
                .latencyMs(settings.get(BridgeheadSettings.SIMULATOR_LATENCY_MS))
                .faultRate(settings.get(BridgeheadSettings.SIMULATOR_FAULT_RATE))
                .authScheme(AuthScheme.valueOf(settings.get(BridgeheadSettings.SIMULATOR_AUTH).name()))
                .build();
        try {
            return EwsSimulator.start(options, store, EwsOperations.all(store));
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof BindException taken) {
                throw new PortInUseException(options.bindAddress(), options.port(),
                        BridgeheadSettings.SIMULATOR_PORT.key(), taken);
            }
            throw e;
        }
    }
}
