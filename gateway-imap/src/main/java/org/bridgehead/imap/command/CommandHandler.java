package org.bridgehead.imap.command;

import java.io.IOException;
import java.util.Set;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.imap.mailbox.MailboxRecreatedException;
import org.bridgehead.imap.protocol.BadCharsetException;
import org.bridgehead.imap.protocol.ImapSyntaxException;
import org.bridgehead.imap.server.SessionState;

/** Handles one IMAP command (or a family sharing a file, such as SELECT and EXAMINE). */
public interface CommandHandler {

    /** The connection states in which the command is valid; elsewhere it is answered BAD. */
    Set<SessionState> validStates();

    /**
     * Parses the arguments, does the work and writes untagged responses; the tagged response is
     * the result, written by the dispatcher after any pending mailbox updates.
     */
    CommandResult handle(CommandRequest request, CommandContext context) throws ImapSyntaxException,
            BadCharsetException, BackendException, CommandFailedException, MailboxRecreatedException, IOException;

    Set<SessionState> ANY = Set.of(SessionState.NOT_AUTHENTICATED, SessionState.AUTHENTICATED, SessionState.SELECTED);
    Set<SessionState> NOT_AUTHENTICATED = Set.of(SessionState.NOT_AUTHENTICATED);
    Set<SessionState> AUTHENTICATED = Set.of(SessionState.AUTHENTICATED, SessionState.SELECTED);
    Set<SessionState> SELECTED = Set.of(SessionState.SELECTED);
}
