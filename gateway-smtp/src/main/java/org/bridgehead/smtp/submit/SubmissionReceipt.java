package org.bridgehead.smtp.submit;

import java.util.Objects;

/**
 * Proof that the backend accepted a message.
 *
 * @param queueId an identifier shown to the client in {@code 250 2.0.0 OK queued as <id>}
 *     and written to the log, so a user's report can be traced
 */
public record SubmissionReceipt(String queueId) {

    public SubmissionReceipt {
        Objects.requireNonNull(queueId, "queueId");
        if (queueId.isBlank() || queueId.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw new IllegalArgumentException("a queue id is printable ASCII without spaces");
        }
    }
}
