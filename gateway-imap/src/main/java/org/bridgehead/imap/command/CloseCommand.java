package org.bridgehead.imap.command;

import java.util.List;
import java.util.Set;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.mail.SystemFlag;
import org.bridgehead.imap.mailbox.MessageRef;
import org.bridgehead.imap.mailbox.SelectedMailbox;
import org.bridgehead.imap.protocol.ImapSyntaxException;
import org.bridgehead.imap.server.SessionState;

/**
 * CLOSE (RFC 3501 6.4.2) and UNSELECT (RFC 3691). CLOSE silently expunges the messages marked
 * \Deleted of a mailbox opened read-write; UNSELECT leaves them.
 */
final class CloseCommand implements CommandHandler {

    private final boolean expunge;

    CloseCommand(boolean expunge) {
        this.expunge = expunge;
    }

    @Override
    public Set<SessionState> validStates() {
        return SELECTED;
    }

    @Override
    public CommandResult handle(CommandRequest request, CommandContext context)
            throws ImapSyntaxException, BackendException {
        request.arguments().end();
        SelectedMailbox mailbox = context.selected();
        context.session().deselect();
        if (expunge && !mailbox.readOnly()) {
            List<Long> deleted = mailbox.all().stream().filter(m -> !m.vanished())
                    .filter(m -> m.summary().flags().has(SystemFlag.DELETED)).map(MessageRef::uid).toList();
            if (!deleted.isEmpty()) {
                context.mail().expunge(mailbox.folderId(), deleted);
                context.folderChanged(mailbox.folderId());
            }
        }
        return CommandResult.ok(request.name() + " completed");
    }
}
