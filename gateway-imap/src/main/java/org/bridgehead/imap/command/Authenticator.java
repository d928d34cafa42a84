package org.bridgehead.imap.command;

import java.time.Duration;
import org.bridgehead.exchange.AuthenticationFailedException;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.Credentials;
import org.bridgehead.imap.protocol.ResponseCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs a user in for LOGIN and AUTHENTICATE: the credentials are tried against Exchange (through
 * the session cache). A rejection is answered only after the throttle's delay.
 */
final class Authenticator {

    private static final Logger LOG = LoggerFactory.getLogger(Authenticator.class);

    private Authenticator() {
    }

    /** Before TLS on a listener that requires it, no credentials are looked at (RFC 3501 6.2.3). */
    static boolean refusedBeforeTls(CommandContext context) {
        return !context.session().tls().signInAllowed();
    }

    static CommandResult privacyRequired() {
        return CommandResult.no(ResponseCode.privacyRequired(), "Use STARTTLS first");
    }

    static CommandResult logIn(CommandContext context, Credentials credentials) {
        try {
            context.services().sessions().acquire(credentials);
        } catch (AuthenticationFailedException e) {
            int failures = context.session().recordAuthFailure();
            Duration delay = context.services().authThrottle().failed(credentials.userName(), failures);
            LOG.info("Login of {} failed ({} failures on this connection); answering in {} ms",
                    credentials.userName(), failures, delay.toMillis());
            pause(delay);
            return CommandResult.no(ResponseCode.authenticationFailed(), "Authentication failed");
        } catch (BackendException e) {
            return ImapErrors.reply(e);
        }
        context.services().authThrottle().succeeded(credentials.userName());
        context.session().authenticated(credentials);
        LOG.info("Logged in");
        return CommandResult.ok(ResponseCode.capability(Capabilities.authenticated()),
                "Logged in");
    }

    static CommandResult rejectedWithoutCredentials(CommandContext context, String userName) {
        int failures = context.session().recordAuthFailure();
        pause(context.services().authThrottle().failed(userName, failures));
        return CommandResult.no(ResponseCode.authenticationFailed(), "Authentication failed");
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
