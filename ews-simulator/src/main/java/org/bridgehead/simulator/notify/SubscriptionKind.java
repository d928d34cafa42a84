package org.bridgehead.simulator.notify;

/** How a subscription's events reach its client. */
public enum SubscriptionKind {
    /** The client polls with GetEvents. */
    PULL,
    /** The client holds a GetStreamingEvents connection open. */
    STREAMING
}
