package org.bridgehead.imap.command;

import java.io.IOException;
import java.util.Set;
import org.bridgehead.imap.protocol.ImapSyntaxException;
import org.bridgehead.imap.protocol.ResponseStatus;
import org.bridgehead.imap.server.SessionState;

/** LOGOUT (RFC 3501 6.1.3): BYE, the tagged OK, then the connection closes. */
final class LogoutCommand implements CommandHandler {

    @Override
    public Set<SessionState> validStates() {
        return ANY;
    }

    @Override
    public CommandResult handle(CommandRequest request, CommandContext context)
            throws ImapSyntaxException, IOException {
        request.arguments().end();
        synchronized (context.writer()) {
            context.writer().untagged(ResponseStatus.BYE, "Bridgehead IMAP logging out");
        }
        return CommandResult.logout("LOGOUT completed");
    }
}
