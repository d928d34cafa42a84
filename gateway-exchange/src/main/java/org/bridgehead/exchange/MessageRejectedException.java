package org.bridgehead.exchange;

import java.util.Objects;

/** Exchange refused a message for a reason the sender must fix; retrying the same message fails again. */
public final class MessageRejectedException extends BackendException {

    public enum Reason {
        /** Larger than the server's message size limit (ErrorMessageSizeExceeded). */
        TOO_LARGE,
        /** The user may not send as the message's sender (ErrorSendAsDenied). */
        SENDER_NOT_ALLOWED,
        /** A recipient address is invalid or unknown (ErrorInvalidRecipients). */
        INVALID_RECIPIENT,
        /** The mailbox is over its quota (ErrorQuotaExceeded). */
        QUOTA_EXCEEDED
    }

    private final Reason reason;

    public MessageRejectedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
