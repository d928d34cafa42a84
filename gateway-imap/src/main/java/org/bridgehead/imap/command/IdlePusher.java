package org.bridgehead.imap.command;

import java.io.IOException;
import java.util.Map;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.Credentials;
import org.bridgehead.exchange.SessionCache;
import org.bridgehead.imap.mailbox.MailboxRecreatedException;
import org.bridgehead.imap.mailbox.SelectedMailbox;
import org.bridgehead.imap.protocol.ImapWriter;
import org.bridgehead.imap.protocol.UntaggedResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * While a client IDLEs, waits for change notices on the selected mailbox and pushes the
 * resulting untagged responses at once. Runs on its own thread because the connection's thread
 * is blocked reading the client's DONE.
 */
final class IdlePusher implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(IdlePusher.class);
    /** How often the loop looks at its stop flag when no notice arrives. */
    private static final long WAIT_MILLIS = 1000;
    /** Pause after a failed synchronisation, so an unreachable Exchange is not hammered. */
    private static final long RETRY_MILLIS = 5000;
    /** Longest wait for a running synchronisation when the client ends IDLE. */
    private static final long STOP_WAIT_MILLIS = 120_000;

    private final SessionCache sessions;
    private final Credentials credentials;
    private final SelectedMailbox mailbox;
    private final ImapWriter writer;
    private final Map<String, String> logContext;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile MailboxRecreatedException recreated;

    IdlePusher(CommandContext context, SelectedMailbox mailbox) {
        this.sessions = context.services().sessions();
        this.credentials = context.session().credentials();
        this.mailbox = mailbox;
        this.writer = context.writer();
        this.logContext = MDC.getCopyOfContextMap();
        this.thread = new Thread(this, "imap-idle-" + context.session().connectionId());
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /**
     * Stops pushing and waits for a push in progress, so responses never interleave.
     *
     * @throws MailboxRecreatedException if a push found the mailbox recreated
     */
    void stop() throws MailboxRecreatedException {
        running = false;
        synchronized (this) {
            notifyAll();
        }
        mailbox.wake();
        try {
            thread.join(STOP_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (recreated != null) {
            throw recreated;
        }
    }

    @Override
    public void run() {
        if (logContext != null) {
            MDC.setContextMap(logContext);
        }
        try {
            while (running) {
                if (mailbox.awaitStale(WAIT_MILLIS) && running) {
                    push();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The connection is gone; its own thread notices when reading.
            LOG.debug("IDLE push failed: {}", e.toString());
        } catch (MailboxRecreatedException e) {
            recreated = e;
        } finally {
            MDC.clear();
        }
    }

    private void push() throws IOException, MailboxRecreatedException, InterruptedException {
        try {
            var snapshot = sessions.acquire(credentials).mail().sync(mailbox.folderId());
            synchronized (writer) {
                for (UntaggedResponse response : mailbox.synchronize(snapshot, true)) {
                    writer.write(response);
                }
                writer.flush();
            }
        } catch (BackendException e) {
            LOG.info("Cannot synchronise {} during IDLE: {}", mailbox.name(), e.getMessage());
            mailbox.markStale();
            synchronized (this) {
                if (running) {
                    wait(RETRY_MILLIS);
                }
            }
        }
    }
}
