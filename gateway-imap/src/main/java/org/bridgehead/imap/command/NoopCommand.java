package org.bridgehead.imap.command;

import java.io.IOException;
import java.util.Set;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.imap.mailbox.MailboxRecreatedException;
import org.bridgehead.imap.protocol.ImapSyntaxException;
import org.bridgehead.imap.server.SessionState;

/**
 * NOOP and CHECK (RFC 3501 6.1.2, 6.4.1): both synchronise the selected mailbox with Exchange,
 * which is how a polling client learns of new, changed and expunged messages.
 */
final class NoopCommand implements CommandHandler {

    private final Set<SessionState> states;

    NoopCommand(Set<SessionState> states) {
        this.states = states;
    }

    @Override
    public Set<SessionState> validStates() {
        return states;
    }

    @Override
    public CommandResult handle(CommandRequest request, CommandContext context)
            throws ImapSyntaxException, BackendException, MailboxRecreatedException, IOException {
        request.arguments().end();
        context.synchronizeSelected(true);
        return CommandResult.ok(request.name() + " completed");
    }
}
