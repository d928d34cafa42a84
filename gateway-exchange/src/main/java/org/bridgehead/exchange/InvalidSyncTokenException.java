package org.bridgehead.exchange;

/** A sync token is unknown or too old; the client must sync from scratch (RFC 6578 valid-sync-token). */
public final class InvalidSyncTokenException extends BackendException {

    public InvalidSyncTokenException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
