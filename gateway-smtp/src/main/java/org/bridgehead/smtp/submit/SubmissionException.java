package org.bridgehead.smtp.submit;

import java.util.Objects;

/** A typed refusal from the backend; the SMTP reply follows from {@link #failure()}. */
public final class SubmissionException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient SubmissionFailure failure;

    public SubmissionException(SubmissionFailure failure) {
        super(Objects.requireNonNull(failure, "failure").describe());
        this.failure = failure;
    }

    public SubmissionException(SubmissionFailure failure, Throwable cause) {
        super(Objects.requireNonNull(failure, "failure").describe(), cause);
        this.failure = failure;
    }

    public SubmissionFailure failure() {
        return failure;
    }
}
