package org.bridgehead.simulator.http;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.bridgehead.simulator.SimulatorStats;

/** Thread-safe counters behind {@link SimulatorStats} and {@code GET /sim/stats}. */
public final class StatsCounters {
    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final LongAdder totalRequests = new LongAdder();
    private final LongAdder bytesIn = new LongAdder();
    private final LongAdder bytesOut = new LongAdder();
    private final LongAdder faults = new LongAdder();
    private final LongAdder authFailures = new LongAdder();

    /** Counts an authenticated EWS request; operation is null when the request named none we know. */
    void request(String operation) {
        totalRequests.increment();
        if (operation != null) {
            requests.computeIfAbsent(operation, name -> new LongAdder()).increment();
        }
    }

    void bytesIn(long n) {
        bytesIn.add(n);
    }

    void bytesOut(long n) {
        bytesOut.add(n);
    }

    void fault() {
        faults.increment();
    }

    void authFailure() {
        authFailures.increment();
    }

    public SimulatorStats snapshot() {
        Map<String, Long> counts = new TreeMap<>();
        requests.forEach((name, count) -> {
            long n = count.sum();
            if (n > 0) {
                counts.put(name, n);
            }
        });
        return new SimulatorStats(counts, totalRequests.sum(), bytesIn.sum(), bytesOut.sum(),
                faults.sum(), authFailures.sum());
    }

    /** Zeroes every counter; requests in flight may still add to the fresh counts. */
    public void reset() {
        requests.values().forEach(LongAdder::reset);
        totalRequests.reset();
        bytesIn.reset();
        bytesOut.reset();
        faults.reset();
        authFailures.reset();
    }
}
