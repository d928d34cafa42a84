package org.bridgehead.imap.command;

import java.io.IOException;
import java.util.List;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.mail.MailService;
import org.bridgehead.imap.mailbox.MailboxRecreatedException;
import org.bridgehead.imap.mailbox.SelectedMailbox;
import org.bridgehead.imap.protocol.ImapReader;
import org.bridgehead.imap.protocol.ImapWriter;
import org.bridgehead.imap.protocol.ResponseCode;
import org.bridgehead.imap.protocol.ResponseStatus;
import org.bridgehead.imap.protocol.UntaggedResponse;
import org.bridgehead.imap.server.ImapServices;
import org.bridgehead.imap.server.ImapSession;

/**
 * What a handler works with during one command. The Exchange session is acquired from the
 * session cache once per command (cached sessions expire when idle, so none is held between
 * commands), and the folder list and the selected mailbox are synchronised at most once.
 */
public final class CommandContext {

    private final ImapServices services;
    private final ImapSession session;
    private final ImapReader reader;
    private final ImapWriter writer;
    private MailService mail;
    private FolderNames folderNames;
    private boolean synchronizedSelected;

    public CommandContext(ImapServices services, ImapSession session, ImapReader reader, ImapWriter writer) {
        this.services = services;
        this.session = session;
        this.reader = reader;
        this.writer = writer;
    }

    public ImapServices services() {
        return services;
    }

    public ImapSession session() {
        return session;
    }

    /** The command reader, for commands that read more lines (AUTHENTICATE, IDLE). */
    public ImapReader reader() {
        return reader;
    }

    /** The response writer; lock on it when writing from another thread (IDLE). */
    public ImapWriter writer() {
        return writer;
    }

    /** The user's mail, through a session acquired once for this command. */
    public MailService mail() throws BackendException {
        if (mail == null) {
            mail = services.sessions().acquire(session.credentials()).mail();
            if (!session.watchedThrough(mail)) {
                // The cache closed the session the watch was opened on (idle expiry); watch again.
                session.rewatch(MailboxWatch.open(mail, selected()), mail);
            }
        }
        return mail;
    }

    /** The folder tree, read once for this command. */
    public FolderNames folders() throws BackendException {
        if (folderNames == null) {
            folderNames = new FolderNames(mail().folders());
        }
        return folderNames;
    }

    /** Forgets the folder tree after a command changed it. */
    public void foldersChanged() {
        folderNames = null;
    }

    /** The selected mailbox; handlers valid only in the selected state may call this. */
    public SelectedMailbox selected() {
        return session.selected().orElseThrow(() -> new IllegalStateException("no mailbox selected"));
    }

    /**
     * Brings the selected mailbox up to date with Exchange and writes the resulting untagged
     * responses; does nothing if it already happened in this command.
     */
    public void synchronizeSelected(boolean allowExpunge) throws BackendException, IOException,
            MailboxRecreatedException {
        if (synchronizedSelected || session.selected().isEmpty()) {
            return;
        }
        synchronizedSelected = true;
        SelectedMailbox mailbox = selected();
        write(mailbox.synchronize(mail().sync(mailbox.folderId()), allowExpunge));
    }

    /**
     * This connection changed the user's folder: other connections that have it selected
     * synchronise at their next command.
     */
    public void folderChanged(String folderId) {
        services.openMailboxes().changed(session.credentials().userName(), folderId, session.selected().orElse(null));
    }

    /** Whether this command has already synchronised the selected mailbox. */
    public boolean hasSynchronizedSelected() {
        return synchronizedSelected;
    }

    /** {@code * OK [code] text}. */
    public void untaggedOk(ResponseCode code, String text) throws IOException {
        synchronized (writer) {
            writer.untagged(ResponseStatus.OK, code, text);
        }
    }

    public void write(UntaggedResponse response) throws IOException {
        synchronized (writer) {
            writer.write(response);
        }
    }

    public void write(List<UntaggedResponse> responses) throws IOException {
        synchronized (writer) {
            for (UntaggedResponse response : responses) {
                writer.write(response);
            }
        }
    }
}
