package org.bridgehead.exchange;

/** The requested folder or item does not exist. */
public final class NotFoundException extends BackendException {

    public NotFoundException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
