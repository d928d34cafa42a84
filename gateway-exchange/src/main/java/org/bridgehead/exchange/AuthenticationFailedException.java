package org.bridgehead.exchange;

/** The server rejected the user name or password. */
public final class AuthenticationFailedException extends BackendException {

    public AuthenticationFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
