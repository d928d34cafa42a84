package org.bridgehead.simulator.seed;

import org.bridgehead.simulator.store.SimulatorStore;

/**
 * Builds a store from a seed specification: {@code demo}, {@code generated:USERS:FOLDERS},
 * {@code generated:USERS:FOLDERS:MESSAGES} (messages into each user's Inbox) or
 * {@code generated:USERS:FOLDERS:MESSAGES:LARGE} (LARGE of those with a 2 MiB attachment); any
 * generated seed may end in suffixes, in any order: {@code +people:N} for N generated colleagues
 * in the Global Address List, {@code +events:N} for N calendar events per user (one in ten a
 * recurring series with a moved and a deleted occurrence), {@code +contacts:N} for N personal
 * contacts in each user's Contacts folder (every tenth with a picture).
 */
public final class Seeds {
    /** The random seed of {@code generated:} stores, fixed so that runs compare. */
    public static final long GENERATED_SEED = 2016L;
    private static final java.util.Set<String> SUFFIXES = java.util.Set.of("people", "events", "contacts");

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
            String[] pieces = s.split("\\+", -1);
            java.util.Map<String, Integer> suffixes = new java.util.HashMap<>();
            for (int i = 1; i < pieces.length; i++) {
                int colon = pieces[i].indexOf(':');
                String name = colon < 0 ? pieces[i] : pieces[i].substring(0, colon);
                if (colon < 0 || !SUFFIXES.contains(name) || suffixes.containsKey(name)) {
                    throw unknown(spec);
                }
                suffixes.put(name, count(pieces[i].substring(colon + 1), spec));
            }
            String[] parts = pieces[0].split(":", -1);
            if (parts.length >= 3 && parts.length <= 5) {
                int messages = parts.length >= 4 ? count(parts[3], spec) : 0;
                int large = parts.length == 5 ? count(parts[4], spec) : 0;
                SimulatorStore store = GeneratedDataSet.create(count(parts[1], spec), count(parts[2], spec), messages,
                        large, GENERATED_SEED);
                GeneratedDataSet.addPeople(store, suffixes.getOrDefault("people", 0), GENERATED_SEED);
                GeneratedCalendar.addEvents(store, suffixes.getOrDefault("events", 0), GENERATED_SEED);
                GeneratedDataSet.addContacts(store, suffixes.getOrDefault("contacts", 0), GENERATED_SEED);
                return store;
            }
        }
        throw unknown(spec);
    }

    private static IllegalArgumentException unknown(String spec) {
        return new IllegalArgumentException("unknown seed '" + spec + "': expected 'demo' or "
                + "'generated:USERS:FOLDERS[:MESSAGES[:LARGE]][+people:N][+events:N][+contacts:N]' "
                + "(e.g. generated:1:50:10000:10+people:10000+events:2000+contacts:500)");
    }

    private static int count(String text, String spec) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("seed '" + spec + "': '" + text + "' is not a number");
        }
    }
}
