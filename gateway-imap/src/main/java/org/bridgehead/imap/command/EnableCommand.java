package org.bridgehead.imap.command;

import java.util.Set;
import org.bridgehead.imap.protocol.ImapSyntaxException;
import org.bridgehead.imap.protocol.TokenCursor;
import org.bridgehead.imap.server.SessionState;

/**
 * ENABLE (RFC 5161). None of the advertised extensions needs enabling, so the ENABLED list is
 * always empty, which tells the client that nothing changed.
 */
final class EnableCommand implements CommandHandler {

    @Override
    public Set<SessionState> validStates() {
        return AUTHENTICATED;
    }

    @Override
    public CommandResult handle(CommandRequest request, CommandContext context)
            throws ImapSyntaxException {
        TokenCursor arguments = request.arguments();
        do {
            arguments.atom();
        } while (arguments.hasNext());
        // No extension this server offers needs enabling, and ENABLED names only what was
        // enabled; with nothing to name it is left out, as Dovecot does.
        return CommandResult.ok("ENABLE completed");
    }
}
