package org.bridgehead.exchange;

/** A conditional write found the item changed or present (HTTP 412); nothing was written. */
public final class PreconditionFailedException extends BackendException {

    public PreconditionFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
