package org.bridgehead.exchange.ews;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bridgehead.simulator.AuthScheme;
import org.bridgehead.simulator.EwsSimulator;
import org.bridgehead.simulator.SimulatorOptions;
import org.bridgehead.simulator.ews.EwsOperations;
import org.bridgehead.simulator.notify.NotificationSettings;
import org.bridgehead.simulator.seed.DemoDataSet;
import org.bridgehead.simulator.store.SimulatorStore;

/**
 * The EWS simulator serving the demo data set (alice and bob, password "demo"), started on a free
 * loopback port.
 */
final class SimulatedExchange implements AutoCloseable {

    static final String ALICE = "alice@example.com";
    static final String BOB = "bob@example.com";
    static final String PASSWORD = DemoDataSet.PASSWORD;

    private final EwsSimulator simulator;
    private final SimulatorStore store;
    private final List<EwsBackend> backends = new ArrayList<>();

    private SimulatedExchange(EwsSimulator simulator, SimulatorStore store) {
        this.simulator = simulator;
        this.store = store;
    }

    static SimulatedExchange start() {
        return start(SimulatorOptions.defaults());
    }

    static SimulatedExchange start(AuthScheme scheme) {
        return start(SimulatorOptions.builder().authScheme(scheme).build());
    }

    static SimulatedExchange start(SimulatorOptions options) {
        return start(options, NotificationSettings.DEFAULT);
    }

    static SimulatedExchange start(SimulatorOptions options, NotificationSettings notifications) {
        SimulatorStore store = DemoDataSet.create();
        return new SimulatedExchange(EwsSimulator.start(options, store, EwsOperations.all(store, notifications)),
                store);
    }

    EwsSimulator simulator() {
        return simulator;
    }

    /** The simulator's mailboxes, for arranging a test's data and checking its outcome directly. */
    SimulatorStore store() {
        return store;
    }

    /** Settings for this simulator with quick retries, so retry tests stay short. */
    EwsSettings settings(int retries) {
        return new EwsSettings(simulator.ewsUrl(), Duration.ofSeconds(2), Duration.ofSeconds(10), retries,
                Duration.ofMillis(10), 4);
    }

    /** A backend for this simulator, closed with it. */
    EwsBackend backend(int retries) {
        EwsBackend backend = new EwsBackend(settings(retries));
        backends.add(backend);
        return backend;
    }

    /** A backend for this simulator with its mail cache in the given directory, closed with it. */
    EwsBackend backend(int retries, Path cacheDirectory) {
        EwsBackend backend = new EwsBackend(settings(retries), new MailSettings(cacheDirectory, 100, 64L << 20));
        backends.add(backend);
        return backend;
    }

    @Override
    public void close() {
        backends.forEach(EwsBackend::close);
        simulator.close();
    }
}
