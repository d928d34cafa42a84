package org.bridgehead.exchange;

/**
 * Why a backend call failed. Messages are written for people (a protocol server may show them to
 * its client) and never contain secrets or stack traces; the cause, if any, is for the log.
 */
public abstract sealed class BackendException extends Exception
        permits AuthenticationFailedException, ServerUnavailableException, ThrottledException,
        NotFoundException, AccessDeniedException, MessageRejectedException, ExchangeErrorException,
        PreconditionFailedException, InvalidContentException, InvalidSyncTokenException {

    protected BackendException(String message, Throwable cause) {
        super(message, cause);
    }

    /** True if the same call may succeed when tried again later. */
    public abstract boolean isTransient();
}
