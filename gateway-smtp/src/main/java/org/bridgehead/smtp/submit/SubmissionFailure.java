package org.bridgehead.smtp.submit;

/**
 * Why the backend refused an authentication or a message. Each kind has its own SMTP reply
 * (see {@link FailureReplies}); anything else a backend throws is an unexpected failure.
 * Details are for the log; none may carry a secret.
 */
public sealed interface SubmissionFailure {

    /** A short description for the log. */
    String describe();

    /** The user name or the secret was wrong. */
    record AuthenticationFailed() implements SubmissionFailure {
        @Override
        public String describe() {
            return "authentication failed";
        }
    }

    /** The backend is down, unreachable or throttling us; the client should retry later. */
    record ServiceUnavailable(String detail) implements SubmissionFailure {
        @Override
        public String describe() {
            return "service unavailable: " + detail;
        }
    }

    /** The message exceeds a size limit of the backend. */
    record MessageTooLarge(long size) implements SubmissionFailure {
        @Override
        public String describe() {
            return "message of " + size + " bytes too large";
        }
    }

    /** The user may not send as this envelope or From address. */
    record SenderNotAllowed(String sender) implements SubmissionFailure {
        @Override
        public String describe() {
            return "sender not allowed: " + sender;
        }
    }

    /** The sender's mailbox is over its quota, so the sent copy cannot be kept. */
    record MailboxFull(String detail) implements SubmissionFailure {
        @Override
        public String describe() {
            return "mailbox over quota: " + detail;
        }
    }

    /** A recipient address does not exist or cannot receive mail. */
    record InvalidRecipient(String recipient) implements SubmissionFailure {
        @Override
        public String describe() {
            return "invalid recipient: " + recipient;
        }
    }
}
