package org.bridgehead.simulator.store;

/** An item change the mailbox refuses; the reason maps to an EWS response code. */
public class ItemOperationException extends Exception {

    /** Why an item operation was refused. */
    public enum Reason {
        /** The item or folder does not exist (any more). */
        NOT_FOUND,
        /** The caller's change key is stale. */
        CONFLICT,
        /** The mailbox would exceed its quota. */
        QUOTA_EXCEEDED,
        /** The message is larger than the store accepts. */
        MESSAGE_TOO_LARGE
    }

    private final Reason reason;

    public ItemOperationException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
