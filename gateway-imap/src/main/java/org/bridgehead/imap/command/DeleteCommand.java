package org.bridgehead.imap.command;

import java.util.Set;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.MailFolder;
import org.bridgehead.exchange.SpecialUse;
import org.bridgehead.imap.protocol.ImapSyntaxException;
import org.bridgehead.imap.protocol.MailboxName;
import org.bridgehead.imap.protocol.ResponseCode;
import org.bridgehead.imap.protocol.TokenCursor;
import org.bridgehead.imap.server.SessionState;

/**
 * DELETE (RFC 3501 6.3.4). Exchange deletes a folder with its subfolders. The special folders
 * (Inbox, Sent, Drafts ...) cannot be deleted, as in Exchange itself.
 */
final class DeleteCommand implements CommandHandler {

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
        MailFolder folder = context.folders().find(name).orElse(null);
        if (folder == null) {
            return CommandResult.no(ResponseCode.nonExistent(), "No such mailbox");
        }
        if (folder.role() != SpecialUse.NONE || MailboxName.isInbox(name)) {
            return CommandResult.no(ResponseCode.cannot(), "Special folders cannot be deleted");
        }
        boolean selected = context.session().selected().map(m -> m.folderId().equals(folder.id())).orElse(false);
        context.mail().deleteFolder(folder.id());
        if (selected) {
            context.session().deselect();
        }
        context.foldersChanged();
        return CommandResult.ok("DELETE completed");
    }
}
