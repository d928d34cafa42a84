package org.bridgehead.imap.command;

import java.util.Set;
import org.bridgehead.exchange.Credentials;
import org.bridgehead.imap.protocol.ImapSyntaxException;
import org.bridgehead.imap.protocol.TokenCursor;
import org.bridgehead.imap.server.SessionState;

/** LOGIN (RFC 3501 6.2.3): the user name and password are those used toward Exchange. */
final class LoginCommand implements CommandHandler {

    @Override
    public Set<SessionState> validStates() {
        return NOT_AUTHENTICATED;
    }

    @Override
    public CommandResult handle(CommandRequest request, CommandContext context) throws ImapSyntaxException {
        if (Authenticator.refusedBeforeTls(context)) {
            return Authenticator.privacyRequired();
        }
        TokenCursor arguments = request.arguments();
        String user = arguments.astring();
        String password = arguments.astring();
        arguments.end();
        return Authenticator.logIn(context, new Credentials(user, password));
    }
}
