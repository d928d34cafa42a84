package org.bridgehead.simulator.store;

/** A folder change the mailbox refuses; the reason maps to an EWS response code. */
public class FolderOperationException extends Exception {

    /** Why a folder operation was refused. */
    public enum Reason {
        NOT_FOUND,
        NAME_EXISTS,
        DISTINGUISHED_NOT_DELETABLE,
        DISTINGUISHED_NOT_MOVABLE,
        MOVE_INTO_OWN_SUBTREE,
        INVALID_NAME
    }

    private final Reason reason;

    public FolderOperationException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
