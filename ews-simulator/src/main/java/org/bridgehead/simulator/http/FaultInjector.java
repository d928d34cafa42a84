package org.bridgehead.simulator.http;

import java.util.Optional;
import java.util.Random;

/** Rolls the fault dice for each request; seeded, so a run is reproducible. */
final class FaultInjector {
    private static final InjectedFault[] KINDS = InjectedFault.values();

    private final double rate;
    private final Random random;

    FaultInjector(double rate, long seed) {
        this.rate = rate;
        this.random = new Random(seed);
    }

    /** A fault to inject with probability {@code rate}, chosen uniformly among the kinds. */
    synchronized Optional<InjectedFault> roll() {
        if (rate <= 0.0 || random.nextDouble() >= rate) {
            return Optional.empty();
        }
        return Optional.of(KINDS[random.nextInt(KINDS.length)]);
    }
}
