package org.bridgehead.smtp.exchange;

import java.util.List;
import org.bridgehead.exchange.AuthenticationFailedException;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.MessageRejectedException;
import org.bridgehead.smtp.submit.SubmissionFailure;

/**
 * The one place where a failure of the Exchange backend becomes a {@link SubmissionFailure}
 * (which {@code FailureReplies} turns into the SMTP reply).
 */
final class BackendFailures {

    /**
     * The send that failed, for naming the culprit in the reply.
     *
     * @param sender the From address Exchange checked
     * @param recipients the envelope recipients
     * @param size the message size in bytes
     */
    record Attempt(String sender, List<String> recipients, long size) {
        Attempt {
            recipients = List.copyOf(recipients);
        }
    }

    private BackendFailures() {
    }

    /** A failure while signing in. */
    static SubmissionFailure failureOf(BackendException failure) {
        if (failure instanceof AuthenticationFailedException) {
            return new SubmissionFailure.AuthenticationFailed();
        }
        return unavailable(failure);
    }

    /** A failure while sending. */
    static SubmissionFailure failureOf(BackendException failure, Attempt attempt) {
        if (failure instanceof MessageRejectedException rejected) {
            return switch (rejected.reason()) {
                case TOO_LARGE -> new SubmissionFailure.MessageTooLarge(attempt.size());
                case SENDER_NOT_ALLOWED -> new SubmissionFailure.SenderNotAllowed(attempt.sender());
                // Exchange does not say which recipient it refused.
                case INVALID_RECIPIENT ->
                        new SubmissionFailure.InvalidRecipient(String.join(", ", attempt.recipients()));
                case QUOTA_EXCEEDED -> new SubmissionFailure.MailboxFull(rejected.getMessage());
            };
        }
        return failureOf(failure);
    }

    /**
     * Throttled, unreachable, timed out, or an error Exchange says may pass: the client should try
     * again later. An untyped permanent error is answered the same way, since refusing the message
     * for good would lose it over what is not the sender's fault.
     */
    private static SubmissionFailure unavailable(BackendException failure) {
        return new SubmissionFailure.ServiceUnavailable(failure.getMessage());
    }
}
