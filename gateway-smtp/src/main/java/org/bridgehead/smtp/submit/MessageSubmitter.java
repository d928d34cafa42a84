package org.bridgehead.smtp.submit;

/**
 * The backend the SMTP server hands authenticated submissions to (Exchange, wired by the
 * application). Implementations are shared by all connections and must be thread-safe.
 */
public interface MessageSubmitter {

    /**
     * Checks a client's credentials and opens a session that submits as that user.
     *
     * @throws SubmissionException with {@link SubmissionFailure.AuthenticationFailed} for wrong
     *     credentials, {@link SubmissionFailure.ServiceUnavailable} when the check could not be made
     */
    SubmitterSession authenticate(String user, String secret) throws SubmissionException;
}
