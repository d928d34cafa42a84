package org.bridgehead.imap.server;

import java.util.Objects;
import org.bridgehead.exchange.SessionCache;

/**
 * What every connection of one server shares.
 *
 * @param sessions      signed-in Exchange sessions, acquired per command
 * @param options       the server's settings
 * @param authThrottle  failed-login delays, per user name across connections
 * @param subscriptions the users' unsubscribed folders
 */
public record ImapServices(SessionCache sessions, ImapServerOptions options, AuthThrottle authThrottle,
                           Subscriptions subscriptions) {

    public ImapServices {
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(authThrottle, "authThrottle");
        Objects.requireNonNull(subscriptions, "subscriptions");
    }
}
