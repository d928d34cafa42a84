package org.bridgehead.simulator;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A simulator with the test accounts and the stub operations, fresh for each test and closed after it. */
final class StubSimulator implements BeforeEachCallback, AfterEachCallback {
    private EwsSimulator simulator;

    @Override
    public void beforeEach(ExtensionContext context) {
        simulator = EwsSimulator.start(SimulatorOptions.defaults(), new TestAccounts(), StubOperations.all());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        simulator.close();
    }

    EwsSimulator simulator() {
        return simulator;
    }
}
