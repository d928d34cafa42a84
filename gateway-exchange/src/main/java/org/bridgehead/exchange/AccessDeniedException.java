package org.bridgehead.exchange;

/** The user may not access the requested object. */
public final class AccessDeniedException extends BackendException {

    public AccessDeniedException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
