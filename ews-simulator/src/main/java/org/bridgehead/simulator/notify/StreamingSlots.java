package org.bridgehead.simulator.notify;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Counts open streaming connections against the overall and per-user limits. */
final class StreamingSlots {
    private final int overall;
    private final int perUser;
    private final Map<String, Integer> open = new HashMap<>();
    private int total;

    StreamingSlots(int overall, int perUser) {
        this.overall = overall;
        this.perUser = perUser;
    }

    synchronized boolean tryAcquire(String user) {
        String key = user.toLowerCase(Locale.ROOT);
        int mine = open.getOrDefault(key, 0);
        if (total >= overall || mine >= perUser) {
            return false;
        }
        open.put(key, mine + 1);
        total++;
        return true;
    }

    synchronized void release(String user) {
        String key = user.toLowerCase(Locale.ROOT);
        int mine = open.getOrDefault(key, 0);
        if (mine <= 1) {
            open.remove(key);
        } else {
            open.put(key, mine - 1);
        }
        total--;
    }
}
