package org.bridgehead.imap.command;

import java.util.Set;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.imap.protocol.ImapSyntaxException;
import org.bridgehead.imap.protocol.MailboxName;
import org.bridgehead.imap.protocol.ResponseCode;
import org.bridgehead.imap.protocol.TokenCursor;
import org.bridgehead.imap.server.SessionState;

/** SUBSCRIBE and UNSUBSCRIBE (RFC 3501 6.3.6, 6.3.7); every folder starts subscribed. */
final class SubscribeCommand implements CommandHandler {

    private final boolean subscribe;

    SubscribeCommand(boolean subscribe) {
        this.subscribe = subscribe;
    }

    @Override
    public Set<SessionState> validStates() {
        return AUTHENTICATED;
    }

    @Override
    public CommandResult handle(CommandRequest request, CommandContext context)
            throws ImapSyntaxException, BackendException {
        TokenCursor arguments = request.arguments();
        String name = FolderPaths.withoutTrailingDelimiter(MailboxName.fromWire(arguments.astring()));
        arguments.end();
        String user = context.session().credentials().userName();
        if (subscribe) {
            if (context.folders().find(name).isEmpty()) {
                return CommandResult.no(ResponseCode.nonExistent(), "No such mailbox");
            }
            context.services().subscriptions().subscribe(user, name);
        } else {
            // Unsubscribing a folder that no longer exists is how clients clean up (RFC 3501 6.3.7).
            context.services().subscriptions().unsubscribe(user, name);
        }
        return CommandResult.ok(request.name() + " completed");
    }
}
