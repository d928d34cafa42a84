package org.bridgehead.simulator;

import java.util.Map;

/**
 * A snapshot of what the simulator has served since start or the last reset.
 *
 * @param requests      authenticated EWS requests per operation name, e.g. {"GetFolder": 3}
 * @param totalRequests all authenticated EWS requests, including those that were not SOAP or named
 *                      no known operation
 * @param bytesIn       request body bytes received on EWS and Autodiscover
 * @param bytesOut      response body bytes sent on EWS and Autodiscover
 * @param faults        faults injected by the fault-rate knob (503, ErrorServerBusy, dropped connection)
 * @param authFailures  requests that presented wrong credentials (a request without credentials, the
 *                      normal first leg of every handshake, is not a failure)
 */
public record SimulatorStats(
        Map<String, Long> requests,
        long totalRequests,
        long bytesIn,
        long bytesOut,
        long faults,
        long authFailures) {

    public SimulatorStats {
        requests = Map.copyOf(requests);
    }

    /** Requests of one operation, 0 if none. */
    public long requests(String operation) {
        return requests.getOrDefault(operation, 0L);
    }
}
