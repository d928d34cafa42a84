package org.bridgehead.smtp.exchange;

import java.util.Objects;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.Credentials;
import org.bridgehead.exchange.SessionCache;
import org.bridgehead.smtp.envelope.HeaderSection;
import org.bridgehead.smtp.server.SmtpServerOptions;
import org.bridgehead.smtp.spool.SpoolSettings;
import org.bridgehead.smtp.submit.MessageSubmitter;
import org.bridgehead.smtp.submit.SubmissionException;
import org.bridgehead.smtp.submit.SubmitterSession;

/**
 * Sends submitted messages through the user's Exchange session. AUTH signs in through the shared
 * session cache, so the IMAP and SMTP connections of one user share one Exchange session.
 */
public final class ExchangeSubmitter implements MessageSubmitter {

    private final SessionCache sessions;
    private final boolean saveInSent;
    private final SpoolSettings rewriteSpool;

    /**
     * @param saveInSent keep a copy of every sent message in the user's Sent Items
     * @param options the server's spool directory, memory threshold and message size, which also
     *     bound the copy of a message whose Bcc field is rewritten for sending
     */
    public ExchangeSubmitter(SessionCache sessions, boolean saveInSent, SmtpServerOptions options) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.saveInSent = saveInSent;
        // The rewritten header section is at most the original one plus a Bcc field of every recipient.
        this.rewriteSpool = new SpoolSettings(options.spoolDirectory(), options.spoolMemoryThreshold(),
                options.maxMessageSize() + 2L * HeaderSection.DEFAULT_MAX_BYTES);
    }

    @Override
    public SubmitterSession authenticate(String user, String secret) throws SubmissionException {
        Credentials credentials = new Credentials(user, secret);
        try {
            sessions.acquire(credentials);
        } catch (BackendException e) {
            throw new SubmissionException(BackendFailures.failureOf(e), e);
        }
        return new ExchangeSubmitterSession(sessions, credentials, saveInSent, rewriteSpool);
    }
}
