package org.bridgehead.simulator.notify;

/**
 * Limits and timing of EWS notifications.
 *
 * @param keepAliveMillis                how often an idle streaming connection gets a ConnectionStatus OK
 *                                       envelope (Exchange: about every 30 s)
 * @param minuteMillis                   how long one minute of a ConnectionTimeout or a pull subscription's
 *                                       Timeout lasts; 60000 except in tests that cannot wait minutes
 * @param maxStreamingConnections        open GetStreamingEvents requests, all users together; each holds a
 *                                       request thread, so this must stay below the server's thread count
 * @param maxStreamingConnectionsPerUser open GetStreamingEvents requests per user (Exchange's
 *                                       HangingConnectionLimit: 10 online, 3 on-premises by default)
 * @param maxSubscriptionsPerUser        live subscriptions per user (Exchange's EwsMaxSubscriptions)
 * @param maxQueuedEvents                events a subscription keeps for its client; past it the client
 *                                       is told it missed events
 */
public record NotificationSettings(long keepAliveMillis, long minuteMillis, int maxStreamingConnections,
                                   int maxStreamingConnectionsPerUser, int maxSubscriptionsPerUser,
                                   int maxQueuedEvents) {

    /** Exchange's timing, 32 streaming connections (10 per user), 1000 subscriptions per user. */
    public static final NotificationSettings DEFAULT = new NotificationSettings(30_000, 60_000, 32, 10, 1000, 10_000);

    public NotificationSettings {
        if (keepAliveMillis < 1 || minuteMillis < 1) {
            throw new IllegalArgumentException("keepAliveMillis and minuteMillis must be positive");
        }
        if (maxStreamingConnections < 1 || maxStreamingConnectionsPerUser < 1 || maxSubscriptionsPerUser < 1
                || maxQueuedEvents < 1) {
            throw new IllegalArgumentException("notification limits must be positive");
        }
    }
}
