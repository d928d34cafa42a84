package org.bridgehead.smtp.exchange;

import java.util.Objects;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.Credentials;
import org.bridgehead.exchange.SessionCache;
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

    /** @param saveInSent keep a copy of every sent message in the user's Sent Items */
    public ExchangeSubmitter(SessionCache sessions, boolean saveInSent) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.saveInSent = saveInSent;
    }

    @Override
    public SubmitterSession authenticate(String user, String secret) throws SubmissionException {
        Credentials credentials = new Credentials(user, secret);
        try {
            sessions.acquire(credentials);
        } catch (BackendException e) {
            throw new SubmissionException(BackendFailures.failureOf(e), e);
        }
        return new ExchangeSubmitterSession(sessions, credentials, saveInSent);
    }
}
