package org.bridgehead.imap.server;

import java.util.Objects;
import org.bridgehead.exchange.SessionCache;
import org.bridgehead.imap.mailbox.OpenMailboxes;
import org.bridgehead.imap.mailbox.RecentClaims;
import org.bridgehead.net.tls.ListenerTls;

/**
 * What every connection of one server shares.
 *
 * @param sessions      signed-in Exchange sessions, acquired per command
 * @param options       the server's settings
 * @param authThrottle  failed-login delays, per user name across connections
 * @param subscriptions the users' unsubscribed folders
 * @param recentClaims  which session sees which message as \Recent
 * @param openMailboxes the mailboxes selected now, told of each other's changes
 * @param tls           what STARTTLS the plain port offers, and whether LOGIN waits for it
 */
public record ImapServices(SessionCache sessions, ImapServerOptions options, AuthThrottle authThrottle,
                           Subscriptions subscriptions, RecentClaims recentClaims, OpenMailboxes openMailboxes,
                           ListenerTls tls) {

    public ImapServices {
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(authThrottle, "authThrottle");
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(recentClaims, "recentClaims");
        Objects.requireNonNull(openMailboxes, "openMailboxes");
        Objects.requireNonNull(tls, "tls");
    }
}
