package org.bridgehead.imap.command;

import java.io.IOException;
import java.util.Set;
import org.bridgehead.imap.protocol.ImapSyntaxException;
import org.bridgehead.imap.protocol.ImapValue;
import org.bridgehead.imap.protocol.TokenCursor;
import org.bridgehead.imap.server.SessionState;

/**
 * ENABLE (RFC 5161). CONDSTORE is the one extension offered that can be enabled; other names are
 * accepted and ignored, as RFC 5161 3.1 asks.
 */
final class EnableCommand implements CommandHandler {

    @Override
    public Set<SessionState> validStates() {
        return AUTHENTICATED;
    }

    @Override
    public CommandResult handle(CommandRequest request, CommandContext context)
            throws ImapSyntaxException, IOException {
        TokenCursor arguments = request.arguments();
        boolean condstore = false;
        do {
            condstore |= arguments.atom().equalsIgnoreCase("CONDSTORE");
        } while (arguments.hasNext());
        // ENABLED names only what was enabled now; with nothing to name it is left out, as Dovecot does.
        if (condstore && !context.session().condstore()) {
            context.session().enableCondstore();
            synchronized (context.writer()) {
                context.writer().data(ImapValue.atom("ENABLED"), ImapValue.atom("CONDSTORE"));
            }
        }
        return CommandResult.ok("ENABLE completed");
    }
}
