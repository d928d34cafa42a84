package org.bridgehead.simulator.ews;

import org.bridgehead.simulator.store.FolderOperationException;

/** A failure of one request item, answered with an Error response message carrying this code. */
final class EwsError extends Exception {
    private final String responseCode;

    EwsError(String responseCode, String messageText) {
        super(messageText);
        this.responseCode = responseCode;
    }

    String responseCode() {
        return responseCode;
    }

    static EwsError itemNotFound() {
        return new EwsError("ErrorItemNotFound", "The specified object was not found in the store.");
    }

    static EwsError idMalformed() {
        return new EwsError("ErrorInvalidIdMalformed", "Id is malformed.");
    }

    static EwsError accessDenied() {
        return new EwsError("ErrorAccessDenied", "Access is denied. Check credentials and try again.");
    }

    static EwsError invalidRequest(String detail) {
        return new EwsError("ErrorInvalidRequest", "The request is invalid. " + detail);
    }

    /** The response code Exchange gives for a refused folder operation. */
    static EwsError of(FolderOperationException e) {
        String code = switch (e.reason()) {
            case NOT_FOUND -> "ErrorItemNotFound";
            case NAME_EXISTS -> "ErrorFolderExists";
            case DISTINGUISHED_NOT_DELETABLE -> "ErrorDeleteDistinguishedFolder";
            case DISTINGUISHED_NOT_MOVABLE -> "ErrorMoveDistinguishedFolder";
            case MOVE_INTO_OWN_SUBTREE -> "ErrorMoveCopyFailed";
            case INVALID_NAME -> "ErrorInvalidRequest";
        };
        return new EwsError(code, e.getMessage());
    }
}
