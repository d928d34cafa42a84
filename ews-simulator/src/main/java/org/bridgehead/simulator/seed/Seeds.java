package org.bridgehead.simulator.seed;

import org.bridgehead.simulator.store.SimulatorStore;

/**
 * Builds a store from a seed specification: {@code demo}, {@code generated:USERS:FOLDERS},
 * {@code generated:USERS:FOLDERS:MESSAGES} (messages into each user's Inbox) or
 * {@code generated:USERS:FOLDERS:MESSAGES:LARGE} (LARGE of those with a 2 MiB attachment).
 */
public final class Seeds {
    /** The random seed of {@code generated:} stores, fixed so that runs compare. */
    public static final long GENERATED_SEED = 2016L;

    private Seeds() {
    }

    /**
     * @throws IllegalArgumentException for an unknown or malformed specification
     */
    public static SimulatorStore parse(String spec) {
        String s = spec == null ? "" : spec.trim();
        if (s.equals("demo")) {
            return DemoDataSet.create();
        }
        if (s.startsWith("generated:")) {
            String[] parts = s.split(":", -1);
            if (parts.length >= 3 && parts.length <= 5) {
                int messages = parts.length >= 4 ? count(parts[3], spec) : 0;
                int large = parts.length == 5 ? count(parts[4], spec) : 0;
                return GeneratedDataSet.create(count(parts[1], spec), count(parts[2], spec), messages, large,
                        GENERATED_SEED);
            }
        }
        throw new IllegalArgumentException(
                "unknown seed '" + spec + "': expected 'demo' or 'generated:USERS:FOLDERS[:MESSAGES[:LARGE]]' (e.g. generated:1:50:10000:10)");
    }

    private static int count(String text, String spec) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("seed '" + spec + "': '" + text + "' is not a number");
        }
    }
}
