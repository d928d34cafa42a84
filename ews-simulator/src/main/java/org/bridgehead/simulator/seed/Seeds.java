package org.bridgehead.simulator.seed;

import org.bridgehead.simulator.store.SimulatorStore;

/**
 * Builds a store from a seed specification: {@code demo}, {@code generated:USERS:FOLDERS},
 * {@code generated:USERS:FOLDERS:MESSAGES} (messages into each user's Inbox) or
 * {@code generated:USERS:FOLDERS:MESSAGES:LARGE} (LARGE of those with a 2 MiB attachment); any
 * generated seed may end in {@code +people:N} for N generated colleagues in the Global Address List.
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
            int people = 0;
            int plus = s.indexOf("+people:");
            if (plus >= 0) {
                people = count(s.substring(plus + "+people:".length()), spec);
                s = s.substring(0, plus);
            }
            String[] parts = s.split(":", -1);
            if (parts.length >= 3 && parts.length <= 5) {
                int messages = parts.length >= 4 ? count(parts[3], spec) : 0;
                int large = parts.length == 5 ? count(parts[4], spec) : 0;
                SimulatorStore store = GeneratedDataSet.create(count(parts[1], spec), count(parts[2], spec), messages,
                        large, GENERATED_SEED);
                GeneratedDataSet.addPeople(store, people, GENERATED_SEED);
                return store;
            }
        }
        throw new IllegalArgumentException(
                "unknown seed '" + spec + "': expected 'demo' or 'generated:USERS:FOLDERS[:MESSAGES[:LARGE]][+people:N]' (e.g. generated:1:50:10000:10+people:10000)");
    }

    private static int count(String text, String spec) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("seed '" + spec + "': '" + text + "' is not a number");
        }
    }
}
