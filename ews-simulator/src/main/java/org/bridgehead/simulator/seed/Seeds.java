package org.bridgehead.simulator.seed;

import org.bridgehead.simulator.store.SimulatorStore;

/**
 * Builds a store from a seed specification: {@code demo}, {@code generated:USERS:FOLDERS} or
 * {@code generated:USERS:FOLDERS:MESSAGES} (messages into each user's Inbox).
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
            if (parts.length == 3 || parts.length == 4) {
                int messages = parts.length == 4 ? count(parts[3], spec) : 0;
                return GeneratedDataSet.create(count(parts[1], spec), count(parts[2], spec), messages, GENERATED_SEED);
            }
        }
        throw new IllegalArgumentException(
                "unknown seed '" + spec + "': expected 'demo' or 'generated:USERS:FOLDERS[:MESSAGES]' (e.g. generated:10:50:1000)");
    }

    private static int count(String text, String spec) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("seed '" + spec + "': '" + text + "' is not a number");
        }
    }
}
