package org.bridgehead.simulator.notify;

/** A refused notification request, carrying the EWS response code Exchange gives for it. */
public final class SubscriptionException extends Exception {
    private final String responseCode;

    public SubscriptionException(String responseCode, String message) {
        super(message);
        this.responseCode = responseCode;
    }

    public String responseCode() {
        return responseCode;
    }

    static SubscriptionException notFound() {
        return new SubscriptionException("ErrorSubscriptionNotFound", "The specified subscription was not found.");
    }

    static SubscriptionException invalidWatermark() {
        return new SubscriptionException("ErrorInvalidWatermark", "The watermark used for creating this subscription was not found.");
    }
}
