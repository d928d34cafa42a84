package org.bridgehead.smtp.submit;

import java.io.IOException;

/** One authenticated user's right to submit messages; used by a single connection at a time. */
public interface SubmitterSession extends AutoCloseable {

    /** The user name this session was authenticated as. */
    String user();

    /**
     * Sends one message. Returns only once the backend has taken responsibility for it: the
     * client is told {@code 250} on return and will not send it again.
     *
     * @param envelope the SMTP envelope (sender and recipients as given by MAIL and RCPT)
     * @param message the message exactly as received, dot-unstuffed; valid during this call only
     * @throws SubmissionException a failure the client is told about with its own reply code
     * @throws IOException reading the message failed; answered as an unexpected failure
     */
    SubmissionReceipt submit(Envelope envelope, SpooledMessage message) throws SubmissionException, IOException;

    /** Releases what the session holds; called when the connection ends. */
    @Override
    void close();
}
