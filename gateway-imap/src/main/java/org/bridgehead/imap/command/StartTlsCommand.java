package org.bridgehead.imap.command;

import java.util.Set;
import org.bridgehead.imap.protocol.ImapSyntaxException;
import org.bridgehead.imap.server.SessionState;

/**
 * STARTTLS (RFC 3501 6.2.1): the tagged OK, then the connection performs the TLS handshake and
 * reads the next command from the encrypted stream only.
 */
final class StartTlsCommand implements CommandHandler {

    @Override
    public Set<SessionState> validStates() {
        return NOT_AUTHENTICATED;
    }

    @Override
    public CommandResult handle(CommandRequest request, CommandContext context) throws ImapSyntaxException {
        request.arguments().end();
        if (context.session().tls().active()) {
            return CommandResult.bad("TLS is already active");
        }
        if (!context.session().tls().canStart()) {
            return CommandResult.bad("STARTTLS is not offered on this port");
        }
        return CommandResult.startTls("Begin TLS negotiation now");
    }
}
