package org.bridgehead.exchange;

import java.util.List;
import org.bridgehead.exchange.directory.DirectoryService;
import org.bridgehead.exchange.mail.MailService;
import org.bridgehead.exchange.pim.PimService;

/**
 * One user's signed-in connection to Exchange. Thread-safe; calls may be serialised internally.
 */
public interface ExchangeSession extends AutoCloseable {

    /** The server's product and schema version, learnt at sign-in. */
    ServerInfo serverInfo();

    /** The user's primary SMTP address, e.g. {@code alice@example.com}. */
    String primaryAddress();

    /** The name the user signed in with. */
    String userName();

    /**
     * All mail folders below the mailbox's top of information store, depth first (a parent comes
     * before its children, siblings in display-name order).
     */
    List<MailFolder> folderTree() throws BackendException;

    /** The user's mail: folders, messages, flags, sending. Shares this session's connection. */
    MailService mail();

    /**
     * The people this user can look up: the directory and their contacts. Answers are reused for
     * a short time within this session only, so no user ever sees another's.
     */
    DirectoryService directory();

    /** The user's calendars, task lists and address books. Shares this session's connection. */
    PimService pim();

    /** False once {@link #close()} has been called. */
    boolean isOpen();

    /** Releases the session's connections; never throws. */
    @Override
    void close();
}
