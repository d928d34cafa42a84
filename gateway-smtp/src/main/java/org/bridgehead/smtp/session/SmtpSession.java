package org.bridgehead.smtp.session;

import java.io.IOException;
import java.util.Optional;
import org.bridgehead.net.tls.ConnectionTls;
import org.bridgehead.smtp.protocol.ReplyWriter;
import org.bridgehead.smtp.protocol.SmtpInput;
import org.bridgehead.smtp.protocol.SmtpReply;
import org.bridgehead.smtp.spool.MessageSpool;
import org.bridgehead.smtp.submit.SubmitterSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The state of one SMTP conversation (RFC 5321 4.1.4): greeted or not, authenticated or
 * not, and the mail transaction in progress. Used by the connection's own thread only.
 */
public final class SmtpSession implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SmtpSession.class);

    private SmtpInput input;
    private ReplyWriter writer;
    private final ConnectionTls tls;
    private boolean startTlsRequested;
    private String clientName;
    private SubmitterSession submitter;
    private MailTransaction transaction;
    private MessageSpool chunks;
    private boolean quitRequested;

    public SmtpSession(SmtpInput input, ReplyWriter writer, ConnectionTls tls) {
        this.input = input;
        this.writer = writer;
        this.tls = tls;
    }

    /** Whether the connection is encrypted, may still STARTTLS, and may AUTH yet. */
    public ConnectionTls tls() {
        return tls;
    }

    /** STARTTLS was answered 220: the connection performs the handshake after this command. */
    public void requestStartTls() {
        startTlsRequested = true;
    }

    public boolean startTlsRequested() {
        return startTlsRequested;
    }

    /**
     * The handshake is done: continue on the encrypted streams, forgetting everything learnt
     * before it (EHLO, a transaction, a sign-in), as RFC 3207 4.2 requires.
     */
    public void restartOverTls(SmtpInput encryptedInput, ReplyWriter encryptedWriter) {
        startTlsRequested = false;
        input = encryptedInput;
        writer = encryptedWriter;
        clientName = null;
        resetTransaction();
        if (submitter != null) {
            submitter.close();
            submitter = null;
            MDC.remove(SessionLog.USER);
        }
    }

    public void reply(SmtpReply reply) throws IOException {
        if (reply.isFailure()) {
            log.debug("reply {}", reply.firstLine());
        }
        writer.send(reply);
    }

    /** Sends the replies written so far, e.g. the 220 before a TLS handshake. */
    public void flush() throws IOException {
        writer.flush();
    }

    /** The next line from the client: a command, or a response inside AUTH. */
    public String readLine() throws IOException {
        return input.readLine();
    }

    /** The raw input, for the text after DATA. */
    public SmtpInput input() {
        return input;
    }

    /** Records EHLO or HELO, which also ends any mail transaction (RFC 5321 4.1.4). */
    public void greet(String name) {
        clientName = name;
        resetTransaction();
    }

    public boolean isGreeted() {
        return clientName != null;
    }

    public void authenticated(SubmitterSession session) {
        submitter = session;
        MDC.put(SessionLog.USER, session.user());
    }

    public Optional<SubmitterSession> submitter() {
        return Optional.ofNullable(submitter);
    }

    public void beginTransaction(MailTransaction started) {
        transaction = started;
    }

    public Optional<MailTransaction> transaction() {
        return Optional.ofNullable(transaction);
    }

    /** Ends the mail transaction, dropping any BDAT chunks received for it. */
    public void resetTransaction() {
        transaction = null;
        if (chunks != null) {
            try {
                chunks.close();
            } catch (IOException e) {
                log.warn("removing a spooled message failed: {}", e.toString());
            }
            chunks = null;
        }
    }

    /** The message the BDAT chunks of this transaction have built so far, if a chunk came. */
    public Optional<MessageSpool> chunks() {
        return Optional.ofNullable(chunks);
    }

    /** Starts collecting BDAT chunks; the session closes the spool when the transaction ends. */
    public void startChunks(MessageSpool spool) {
        chunks = spool;
    }

    public void requestQuit() {
        quitRequested = true;
    }

    public boolean quitRequested() {
        return quitRequested;
    }

    /** Releases the backend session, if any, and the spool of an unfinished BDAT message. */
    @Override
    public void close() {
        resetTransaction();
        if (submitter != null) {
            submitter.close();
            submitter = null;
        }
    }
}
