package org.bridgehead.simulator.http;

/** The failures the fault-rate knob injects, each as Exchange or its network shows it. */
enum InjectedFault {
    /** HTTP 503 from the front end, as IIS answers when the application pool is unavailable. */
    SERVICE_UNAVAILABLE,
    /** Throttling: HTTP 500 with an ErrorServerBusy SOAP fault carrying BackOffMilliseconds. */
    SERVER_BUSY,
    /** The TCP connection closes without any response. */
    DROPPED_CONNECTION
}
