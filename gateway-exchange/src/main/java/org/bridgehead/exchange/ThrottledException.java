package org.bridgehead.exchange;

import java.time.Duration;
import java.util.Objects;

/** The server is busy and asked the client to wait before the next request. */
public final class ThrottledException extends BackendException {

    private final Duration backOff;

    public ThrottledException(String message, Duration backOff, Throwable cause) {
        super(message, cause);
        this.backOff = Objects.requireNonNull(backOff, "backOff");
    }

    /** How long the server asked to wait; zero if it did not say. */
    public Duration backOff() {
        return backOff;
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}
