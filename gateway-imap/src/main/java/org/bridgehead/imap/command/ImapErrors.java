package org.bridgehead.imap.command;

import org.bridgehead.exchange.AccessDeniedException;
import org.bridgehead.exchange.AuthenticationFailedException;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.ExchangeErrorException;
import org.bridgehead.exchange.MessageRejectedException;
import org.bridgehead.exchange.NotFoundException;
import org.bridgehead.exchange.ServerUnavailableException;
import org.bridgehead.exchange.ThrottledException;
import org.bridgehead.imap.protocol.ResponseCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place where backend failures become IMAP replies (response codes of RFC 5530). */
public final class ImapErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ImapErrors.class);

    private ImapErrors() {
    }

    /** The NO reply for a backend failure; backend messages are written for people and carry no secrets. */
    public static CommandResult reply(BackendException failure) {
        LOG.info("Exchange call failed: {}", failure.getMessage());
        LOG.debug("Exchange call failure detail", failure);
        if (failure instanceof AuthenticationFailedException) {
            return CommandResult.no(ResponseCode.authenticationFailed(), "Authentication failed");
        }
        if (failure instanceof NotFoundException) {
            return CommandResult.no(ResponseCode.nonExistent(), failure.getMessage());
        }
        if (failure instanceof AccessDeniedException) {
            return CommandResult.no(ResponseCode.noPerm(), failure.getMessage());
        }
        if (failure instanceof MessageRejectedException rejected) {
            ResponseCode code = rejected.reason() == MessageRejectedException.Reason.QUOTA_EXCEEDED
                    ? ResponseCode.overQuota() : ResponseCode.limit();
            return CommandResult.no(code, failure.getMessage());
        }
        if (failure instanceof ServerUnavailableException || failure instanceof ThrottledException
                || failure.isTransient()) {
            return CommandResult.no(ResponseCode.unavailable(), "Exchange is unavailable: " + failure.getMessage());
        }
        if (failure instanceof ExchangeErrorException) {
            return CommandResult.no(ResponseCode.serverBug(), "Exchange error: " + failure.getMessage());
        }
        return CommandResult.no(ResponseCode.serverBug(), failure.getMessage());
    }

    /** The reply when a command ran out of memory: it failed, the connection goes on. */
    public static CommandResult outOfMemory(OutOfMemoryError failure) {
        LOG.error("A command ran out of memory; it failed, the connection goes on", failure);
        return CommandResult.no(ResponseCode.limit(), "Not enough memory in the gateway for this command");
    }

    /** The reply for a failure of the server itself; the details go to the log only. */
    public static CommandResult internal(RuntimeException failure) {
        LOG.error("Command failed unexpectedly", failure);
        return CommandResult.no(ResponseCode.serverBug(), "Internal server error; see the gateway log");
    }
}
