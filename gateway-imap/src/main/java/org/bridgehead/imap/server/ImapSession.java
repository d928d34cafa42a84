package org.bridgehead.imap.server;

import java.util.Objects;
import java.util.Optional;
import org.bridgehead.exchange.Credentials;
import org.bridgehead.exchange.mail.FolderWatch;
import org.bridgehead.exchange.mail.MailService;
import org.bridgehead.imap.mailbox.OpenMailboxes;
import org.bridgehead.imap.mailbox.SelectedMailbox;
import org.bridgehead.net.tls.ConnectionTls;
import org.slf4j.MDC;

/**
 * What one connection remembers between commands: its state, the credentials it logged in with
 * (used toward Exchange for each command) and the selected mailbox with its change watch.
 */
public final class ImapSession {

    private final String connectionId;
    private final ConnectionTls tls;
    private SessionState state = SessionState.NOT_AUTHENTICATED;
    private Credentials credentials;
    private SelectedMailbox selected;
    private FolderWatch watch;
    /** The mail service the watch belongs to; a watch ends with its Exchange session. */
    private MailService watchSource;
    /** The selected mailbox's place among the server's open mailboxes. */
    private OpenMailboxes.Registration registration;
    private int authFailures;
    /** CONDSTORE enabled (RFC 7162 3.1): by ENABLE or by a command that uses it; lasts for the connection. */
    private boolean condstore;

    public ImapSession(String connectionId, ConnectionTls tls) {
        this.connectionId = Objects.requireNonNull(connectionId, "connectionId");
        this.tls = Objects.requireNonNull(tls, "tls");
    }

    /** Whether the connection is encrypted, may still STARTTLS, and may log in yet. */
    public ConnectionTls tls() {
        return tls;
    }

    public String connectionId() {
        return connectionId;
    }

    public synchronized SessionState state() {
        return state;
    }

    /** The credentials of the logged-in user; only valid once authenticated. */
    public synchronized Credentials credentials() {
        if (credentials == null) {
            throw new IllegalStateException("not authenticated");
        }
        return credentials;
    }

    /** Counts a failed login of this connection; returns the count so far. */
    public synchronized int recordAuthFailure() {
        return ++authFailures;
    }

    public synchronized void authenticated(Credentials newCredentials) {
        credentials = Objects.requireNonNull(newCredentials, "credentials");
        state = SessionState.AUTHENTICATED;
        MDC.put(ConnectionLog.USER, newCredentials.userName());
    }

    public synchronized Optional<SelectedMailbox> selected() {
        return Optional.ofNullable(selected);
    }

    /**
     * Selects a mailbox, leaving any previous one.
     *
     * @param newWatch     the mailbox's change watch, or null when push is unavailable
     * @param source       the mail service the watch was opened on
     * @param registration the mailbox among the server's open ones, closed when it is left
     */
    public synchronized void select(SelectedMailbox mailbox, FolderWatch newWatch, MailService source,
            OpenMailboxes.Registration registration) {
        deselect();
        selected = Objects.requireNonNull(mailbox, "mailbox");
        this.registration = Objects.requireNonNull(registration, "registration");
        if (condstore) {
            mailbox.enableCondstore();
        }
        watch = newWatch;
        watchSource = source;
        state = SessionState.SELECTED;
    }

    /**
     * Whether the selected mailbox's watch was opened on this mail service. When the session cache
     * has replaced the Exchange session, the old watch ended with it and must be opened again.
     */
    public synchronized boolean watchedThrough(MailService mail) {
        return selected == null || watchSource == mail;
    }

    /** Replaces the watch of the selected mailbox. */
    public synchronized void rewatch(FolderWatch newWatch, MailService source) {
        if (watch != null) {
            watch.close();
        }
        watch = newWatch;
        watchSource = source;
    }

    /** Back to the authenticated state (CLOSE, UNSELECT, a failed SELECT). */
    public synchronized void deselect() {
        if (watch != null) {
            watch.close();
            watch = null;
        }
        watchSource = null;
        if (registration != null) {
            registration.close();
            registration = null;
        }
        selected = null;
        if (state == SessionState.SELECTED) {
            state = SessionState.AUTHENTICATED;
        }
    }

    /** Turns CONDSTORE on for this connection and its selected mailbox. */
    public synchronized void enableCondstore() {
        condstore = true;
        if (selected != null) {
            selected.enableCondstore();
        }
    }

    public synchronized boolean condstore() {
        return condstore;
    }

    /** Releases the watch when the connection ends. */
    public synchronized void end() {
        deselect();
    }
}
