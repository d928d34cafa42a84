package org.bridgehead.imap.command;

import java.io.IOException;
import java.util.Set;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.MailFolder;
import org.bridgehead.imap.protocol.ImapSyntaxException;
import org.bridgehead.imap.protocol.MailboxName;
import org.bridgehead.imap.protocol.ResponseCode;
import org.bridgehead.imap.protocol.StatusItem;
import org.bridgehead.imap.protocol.TokenCursor;
import org.bridgehead.imap.server.SessionState;

/** STATUS (RFC 3501 6.3.10), with SIZE (RFC 8438) and DELETED (RFC 9051). */
final class StatusCommand implements CommandHandler {

    @Override
    public Set<SessionState> validStates() {
        return AUTHENTICATED;
    }

    @Override
    public CommandResult handle(CommandRequest request, CommandContext context)
            throws ImapSyntaxException, BackendException, IOException {
        TokenCursor arguments = request.arguments();
        String name = MailboxName.fromWire(arguments.astring());
        Set<StatusItem> items = StatusItem.parseList(arguments.list());
        if (items.contains(StatusItem.HIGHESTMODSEQ)) {
            // A CONDSTORE-enabling command (RFC 7162 3.1).
            context.session().enableCondstore();
        }
        arguments.end();
        MailFolder folder = context.folders().find(name).orElse(null);
        if (folder == null) {
            return CommandResult.no(ResponseCode.nonExistent(), "No such mailbox");
        }
        context.write(FolderStatus.of(context, folder, name, items));
        boolean selected = context.session().selected().filter(m -> m.folderId().equals(folder.id())).isPresent();
        // RFC 9051 6.3.11: the selected mailbox's state comes with the untagged responses instead.
        return selected ? CommandResult.ok(ResponseCode.clientBug(), "STATUS on the selected mailbox")
                : CommandResult.ok("STATUS completed");
    }
}
