package org.bridgehead.exchange;

/** What the client sent cannot be stored (unparsable iCalendar or vCard, wrong component); the message says why. */
public final class InvalidContentException extends BackendException {

    public InvalidContentException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
